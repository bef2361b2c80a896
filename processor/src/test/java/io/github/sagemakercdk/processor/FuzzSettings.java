package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The role, placement, tags, account and region a fuzz case's {@code @SageMakerModel} writes; an attribute is null
 * when it is not written. Valid settings are consistent by construction (the role of the pinned account and of the
 * pinned region's partition); {@link #generate} puts defects into values and into their structure (a list too
 * long, an ID twice, security groups without subnets, a role of another account or partition), each recorded on the
 * value or list it concerns, so that {@link FuzzOracle} knows where the error must stand.
 *
 * @param structureDefects defects of a list as a whole, by attribute name ({@code "subnets=..."}), for the oracle
 */
record FuzzSettings(
    FuzzValue role,
    List<FuzzValue> subnets,
    List<FuzzValue> securityGroups,
    List<FuzzValue> tags,
    FuzzValue account,
    FuzzValue region,
    List<String> structureDefects) {

  /** The regions valid settings pin, one per partition that matters to the rules. */
  private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "cn-north-1", "us-gov-west-1");
  private static final String HEX = "0123456789abcdef";
  private static final String TAG_ALPHABET = "abcXYZ019 _.:/=+-@\u00e9\u4e2d";

  FuzzSettings {
    structureDefects = List.copyOf(structureDefects);
  }

  /** Settings with values broken at {@code rate}; every part is written or not at random. */
  static FuzzSettings generate(FuzzText text, double rate) {
    List<String> structure = new ArrayList<>();
    FuzzValue account = text.chance(0.4) ? null : text.chance(0.2) ? FuzzValue.valid("current", "current")
        : text.chance(rate) ? FuzzValue.invalid(text.pick("1234", "12345678901a", "current-account", ""), "bad account")
        : FuzzValue.valid(digits(text, 12));
    if (account != null && account.text().isEmpty()) {
      account = FuzzValue.valid(""); // written empty: the same as not written
    }
    FuzzValue region = text.chance(0.4) ? null : text.chance(0.2) ? FuzzValue.valid("current", "current")
        : text.chance(rate) ? FuzzValue.invalid(text.pick("Ireland", "EU-WEST-1", "eu_west_1", "mars-1"), "bad region")
        : FuzzValue.valid(text.pick(REGIONS));
    String pinnedAccount = literal(account) ? account.text() : null;
    String pinnedRegion = literal(region) ? region.text() : null;
    FuzzValue role = text.chance(0.5) ? null : role(text, rate, pinnedAccount, pinnedRegion);

    List<FuzzValue> subnets = null;
    List<FuzzValue> securityGroups = null;
    if (text.chance(0.4)) {
      subnets = ids(text, "subnet-", text.chance(rate) ? text.between(17, 20) : text.length(1, 2, 16), rate);
      securityGroups = ids(text, "sg-", text.chance(rate) ? 6 : text.length(1, 1, 5), rate);
      if (subnets.size() > 16) {
        structure.add("subnets=more than 16 subnets: " + subnets.size());
      }
      if (securityGroups.size() > 5) {
        structure.add("securityGroups=more than 5 security groups: " + securityGroups.size());
      }
      if (text.chance(rate)) {
        // The list taken away takes its own defects with it.
        if (text.chance(0.5)) {
          subnets = null;
          structure.removeIf(defect -> defect.startsWith("subnets="));
          structure.add("securityGroups=security groups without subnets");
        } else {
          securityGroups = text.chance(0.5) ? null : List.of();
          structure.removeIf(defect -> defect.startsWith("securityGroups="));
          structure.add("subnets=subnets without security groups");
        }
      }
    }
    List<FuzzValue> tags = text.chance(0.6) ? null : tags(text, rate, structure);
    return new FuzzSettings(role, subnets, securityGroups, tags, account, region, structure);
  }

  /** The region these settings pin the stack to, when it is a valid literal; else null. */
  String pinnedRegion() {
    return literal(region) ? region.text() : null;
  }

  /**
   * A {@code modelDataKmsKey} for a container with {@code modelData}: a key or alias ARN of the pinned region (any
   * region when none is pinned), broken at {@code rate}; a key beside model data that is not {@code s3://} is a
   * defect of the key.
   */
  static FuzzValue modelDataKey(FuzzText text, double rate, FuzzValue modelData, String pinnedRegion) {
    String region = pinnedRegion != null ? pinnedRegion : text.pick(REGIONS);
    String resource = text.chance(0.5) ? "alias/" + text.of("abcXYZ019/_-", text.length(1, 10, 250))
        : "key/" + text.of(HEX, 8) + "-" + text.of(HEX, 4) + "-" + text.of(HEX, 4) + "-" + text.of(HEX, 4) + "-"
            + text.of(HEX, 12);
    String arn = "arn:" + partitionOf(region) + ":kms:" + region + ":" + digits(text, 12) + ":" + resource;
    boolean s3 = modelData != null && modelData.text().startsWith("s3://");
    FuzzValue key = FuzzValue.valid(arn, arn);
    if (text.chance(rate)) {
      int roll = text.random().nextInt(3);
      if (roll == 0 && pinnedRegion != null) {
        String other = pinnedRegion.equals("eu-west-1") ? "us-east-1" : "eu-west-1";
        String otherArn = "arn:aws:kms:" + other + arn.substring(arn.indexOf(':', ("arn:" + partitionOf(region)
            + ":kms:").length()));
        key = FuzzValue.invalid(otherArn, "model data key of another region or partition");
      } else if (roll == 1) {
        key = FuzzValue.invalid(resource, "model data key that is no ARN");
      } else {
        key = FuzzValue.invalid(arn.replace(":kms:", ":s3:"), "model data key of another service");
      }
    }
    return s3 ? key : key.mutated(key.text(), "model data key without s3:// model data");
  }

  private static boolean literal(FuzzValue value) {
    return value != null && value.isValid() && !value.text().isEmpty() && !value.text().equals("current");
  }

  private static FuzzValue role(FuzzText text, double rate, String account, String region) {
    String partition = region == null ? text.pick("aws", "aws-cn", "aws-us-gov") : partitionOf(region);
    String owner = account != null ? account : digits(text, 12);
    String path = text.chance(0.5) ? "/" : "/" + text.pick("service-role/", "teams/ml/", "a+b=c,d.e@f_g-h/");
    String name = text.of("abcXYZ019+=,.@_-", text.length(1, 12, 64));
    String arn = "arn:" + partition + ":iam::" + owner + ":role" + path + name;
    if (!text.chance(rate)) {
      return FuzzValue.valid(arn, arn);
    }
    int roll = text.random().nextInt(5);
    if (roll == 0 && account != null) {
      String other = account.equals("111111111111") ? "222222222222" : "111111111111";
      return FuzzValue.invalid(arn.replace(":" + owner + ":", ":" + other + ":"), "role of another account");
    }
    if (roll == 1 && region != null) {
      String other = partition.equals("aws") ? "aws-cn" : "aws";
      return FuzzValue.invalid(arn.replace("arn:" + partition + ":", "arn:" + other + ":"), "role of another partition");
    }
    if (roll == 2) {
      return FuzzValue.invalid(arn.substring(0, arn.lastIndexOf('/') + 1) + "r".repeat(65), "role name over 64");
    }
    return FuzzValue.invalid(text.pick("role/" + name, arn.replace(":iam::", ":iam:eu-west-1:"),
        arn.replace(":role/", ":user/"), "arn:aws:iam::" + owner.substring(1) + ":role/" + name), "bad role ARN");
  }

  private static String partitionOf(String region) {
    return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** {@code count} unique IDs ({@code subnet-} or {@code sg-}, 8 or 17 hex digits), some broken at {@code rate}. */
  private static List<FuzzValue> ids(FuzzText text, String prefix, int count, double rate) {
    List<FuzzValue> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (ids.size() < count) {
      String id = prefix + text.of(HEX, text.chance(0.5) ? 8 : 17);
      if (!seen.add(id)) {
        continue;
      }
      if (text.chance(rate)) {
        String broken = text.pick(id.toUpperCase(Locale.ROOT), id.substring(0, id.length() - 1), id + "0",
            id.replace("-", "_"), prefix + "xyz");
        boolean stillValid = broken.matches(prefix + "(?:[0-9a-f]{8}|[0-9a-f]{17})");
        ids.add(!stillValid && seen.add(broken) ? FuzzValue.invalid(broken, "bad " + prefix + " ID")
            : FuzzValue.valid(id, id));
      } else {
        ids.add(FuzzValue.valid(id, id));
      }
    }
    List<FuzzValue> valid = ids.stream().filter(FuzzValue::isValid).toList();
    if (!valid.isEmpty() && text.chance(rate)) {
      FuzzValue twice = valid.get(text.random().nextInt(valid.size()));
      ids.add(FuzzValue.invalid(twice.text(), prefix + " ID given twice"));
    }
    return ids;
  }

  private static List<FuzzValue> tags(FuzzText text, double rate, List<String> structure) {
    int count = text.chance(rate) ? text.between(51, 55) : text.length(0, 3, 50);
    if (count > 50) {
      structure.add("tags=more than 50 tags: " + count);
    }
    List<FuzzValue> tags = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (tags.size() < count) {
      String key = text.of(TAG_ALPHABET, text.length(1, 8, 128)).replace("=", "");
      if (key.isEmpty() || key.toLowerCase(Locale.ROOT).startsWith("aws:") || !keys.add(key)) {
        continue;
      }
      String value = text.of(TAG_ALPHABET, text.length(0, 8, 256));
      if (!text.chance(rate)) {
        tags.add(FuzzValue.valid(key + "=" + value, key, value));
        continue;
      }
      tags.add(switch (text.random().nextInt(5)) {
        case 0 -> FuzzValue.invalid(key, "tag without '='");
        case 1 -> FuzzValue.invalid(text.pick("aws:", "AWS:", "Aws:") + key + "=" + value, "reserved tag key");
        case 2 -> FuzzValue.invalid(key + "#=" + value, "bad tag key");
        case 3 -> FuzzValue.invalid(key + "=" + value + ";", "bad tag value");
        default -> FuzzValue.invalid("k".repeat(129) + "=" + value, "tag key over 128");
      });
    }
    List<FuzzValue> valid = tags.stream().filter(FuzzValue::isValid).toList();
    if (!valid.isEmpty() && text.chance(rate)) {
      String key = valid.get(text.random().nextInt(valid.size())).text().split("=", 2)[0];
      tags.add(FuzzValue.invalid(key + "=again", "tag key given twice"));
    }
    return tags;
  }

  private static String digits(FuzzText text, int length) {
    return text.of("0123456789", length);
  }

  /** Whether anything is written. */
  boolean any() {
    return role != null || subnets != null || securityGroups != null || tags != null || account != null
        || region != null;
  }

  /** The strings a stack generated from valid settings must hold. */
  List<String> constants() {
    List<String> constants = new ArrayList<>();
    for (FuzzValue value : java.util.Arrays.asList(role, account, region)) {
      if (value != null) {
        constants.addAll(value.constants());
      }
    }
    for (List<FuzzValue> list : java.util.Arrays.asList(subnets, securityGroups, tags)) {
      if (list != null) {
        list.forEach(value -> constants.addAll(value.constants()));
      }
    }
    return constants;
  }
}
