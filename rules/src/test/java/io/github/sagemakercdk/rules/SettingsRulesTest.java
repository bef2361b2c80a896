package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Role ARNs, VPC placement by ID, tags, KMS key ARNs, account, region and how they fit together, at their limits. */
class SettingsRulesTest {
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:iam::123456789012:role/churn", "arn:aws-cn:iam::123456789012:role/a/b/c+=,.@_-",
      "arn:aws-us-gov:iam::123456789012:role/service-role/x"})
  void validRoleArns(String arn) {
    assertTrue(RoleRules.roleArn(arn).isEmpty(), arn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"role/churn", "arn:aws:iam:eu-west-1:123456789012:role/x", "arn:aws:iam::1234:role/x",
      "arn:aws:iam::123456789012:user/x", "arn:aws:sts::123456789012:role/x", "arn:aws:iam::123456789012:role/",
      "arn:aws:iam::123456789012:role/a b", "arn:AWS:iam::123456789012:role/x", "arn:aws:iam::123456789012:role//x"})
  void invalidRoleArns(String arn) {
    assertEquals(Rule.ROLE_ARN, RoleRules.roleArn(arn).orElseThrow().rule(), arn);
  }

  @Test
  void roleNamesAreAtMost64CharactersAndPathsAtMost512() {
    String prefix = "arn:aws:iam::123456789012:role/";
    assertTrue(RoleRules.roleArn(prefix + "r".repeat(64)).isEmpty());
    assertFalse(RoleRules.roleArn(prefix + "r".repeat(65)).isEmpty());
    assertTrue(RoleRules.roleArn(prefix + "p".repeat(510) + "/r").isEmpty(), "path /<510>/ is 512 characters");
    assertFalse(RoleRules.roleArn(prefix + "p".repeat(511) + "/r").isEmpty());
  }

  @Test
  void subnetsAndSecurityGroupsByIdWithinVpcConfigsLimits() {
    List<String> subnets = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      subnets.add(String.format("subnet-%017x", i));
    }
    List<String> groups = List.of("sg-01234567", "sg-0123456789abcdef0", "sg-00000002", "sg-00000003", "sg-00000004");
    assertEquals(List.of(), VpcRules.placement(subnets, groups));
    assertEquals(List.of(), VpcRules.placement(List.of(), List.of()), "neither is fine");

    List<String> seventeen = new ArrayList<>(subnets);
    seventeen.add("subnet-ffffffff");
    List<String> six = new ArrayList<>(groups);
    six.add("sg-00000005");
    assertEquals(List.of(Rule.VPC_SUBNETS, Rule.VPC_SECURITY_GROUPS),
        VpcRules.placement(seventeen, six).stream().map(Violation::rule).toList());
    assertEquals(List.of(Rule.VPC_SUBNETS_AND_SECURITY_GROUPS),
        VpcRules.placement(List.of("subnet-01234567"), List.of()).stream().map(Violation::rule).toList());
    assertEquals(Location.model(Location.Attribute.SUBNETS),
        VpcRules.placement(List.of("subnet-01234567"), List.of()).get(0).location(), "on the list that is given");
  }

  @ParameterizedTest
  @ValueSource(strings = {"subnet-0123456", "subnet-012345678", "subnet-0123456789ABCDEF0", "subnet-0123456789abcdef",
      "subnet_01234567", "01234567"})
  void invalidSubnetIds(String id) {
    List<Violation> violations = VpcRules.placement(List.of(id), List.of("sg-01234567"));
    assertEquals(List.of(Rule.SUBNET_ID), violations.stream().map(Violation::rule).toList(), id);
    assertEquals(Location.entry(Location.Attribute.SUBNETS, 0), violations.get(0).location());
  }

  @Test
  void duplicatesAndUnknownIds() {
    List<Violation> violations = VpcRules.placement(List.of("subnet-01234567", "subnet-01234567"),
        List.of("sg-01234567", "sg-01234567", "${Token[TOKEN.1]}"), id -> id.contains("${Token["));
    assertEquals(List.of(Rule.VPC_DUPLICATE_SUBNET, Rule.VPC_DUPLICATE_SECURITY_GROUP),
        violations.stream().map(Violation::rule).toList());
    assertEquals(1, violations.get(0).location().entry(), "the second one is the duplicate");
  }

  @Test
  void tagsWithinSageMakersLimits() {
    assertEquals(List.of(), TagRules.validate(List.of(Map.entry("k".repeat(128), "v".repeat(256)),
        Map.entry("équipe données", ""), Map.entry("a_.:/=+-@", "x y"), Map.entry("awsome", "aws:value"))));
    List<Map.Entry<String, String>> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(Map.entry("k" + i, "v"));
    }
    assertEquals(List.of(), TagRules.validate(fifty));
    fifty.add(Map.entry("k50", "v"));
    assertEquals(List.of(Rule.TAG_COUNT), TagRules.validate(fifty).stream().map(Violation::rule).toList());
  }

  @Test
  void tagKeysAndValuesPastTheirLimits() {
    List<Violation> violations = TagRules.validate(List.of(
        Map.entry("", "v"), Map.entry("k".repeat(129), "v"), Map.entry("a#b", "v"), Map.entry("Aws:x", "v"),
        Map.entry("dup", "1"), Map.entry("dup", "2"), Map.entry("long", "v".repeat(257)), Map.entry("semi", "a;b")));
    assertEquals(List.of(Rule.TAG_KEY, Rule.TAG_KEY, Rule.TAG_KEY, Rule.TAG_RESERVED_KEY, Rule.TAG_DUPLICATE_KEY,
        Rule.TAG_VALUE, Rule.TAG_VALUE), violations.stream().map(Violation::rule).toList());
    assertEquals(List.of(0, 1, 2, 3, 5, 6, 7), violations.stream().map(v -> v.location().entry()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:kms:eu-west-1:123456789012:key/" + KEY_ID,
      "arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
      "arn:aws-cn:kms:cn-north-1:123456789012:alias/models", "arn:aws:kms:eu-west-1:123456789012:alias/team/a_b-c"})
  void validKmsKeyArns(String arn) {
    assertTrue(KmsRules.keyArn(arn).isEmpty(), arn);
  }

  @ParameterizedTest
  @ValueSource(strings = {KEY_ID, "alias/models", "arn:aws:kms:eu-west-1:123456789012:key/short",
      "arn:aws:kms:eu-west-1:1234:key/" + KEY_ID, "arn:aws:s3:eu-west-1:123456789012:key/" + KEY_ID,
      "arn:aws:kms:eu-west-1:123456789012:alias/", "arn:aws:kms:eu-west-1:123456789012:alias/a.b"})
  void invalidKmsKeyArns(String arn) {
    assertEquals(Rule.KMS_KEY_ARN, KmsRules.keyArn(arn).orElseThrow().rule(), arn);
  }

  @Test
  void aliasArnsAreTold() {
    assertTrue(KmsRules.isAliasArn("arn:aws:kms:eu-west-1:123456789012:alias/models"));
    assertFalse(KmsRules.isAliasArn("arn:aws:kms:eu-west-1:123456789012:key/" + KEY_ID));
  }

  @Test
  void noStorageVolumeKeyOnInstanceTypesWithLocalStorage() {
    for (String type : List.of("ml.g5.xlarge", "ml.m5d.large", "ml.c5d.2xlarge", "ml.g4dn.xlarge", "ml.p4d.24xlarge")) {
      assertEquals(Rule.KMS_KEY_LOCAL_STORAGE, KmsRules.storageVolumeKey(type).orElseThrow().rule(), type);
    }
    for (String type : List.of("ml.m5.large", "ml.c5.xlarge", "ml.g4.xlarge", "ml.inf2.xlarge", "ml.t2.medium")) {
      assertTrue(KmsRules.storageVolumeKey(type).isEmpty(), type);
    }
    for (String family : Limits.LOCAL_STORAGE_INSTANCE_FAMILIES) {
      assertTrue(Limits.PRODUCTION_VARIANT_INSTANCE_TYPES.stream().anyMatch(t -> t.startsWith(family + ".")),
          family + " is a family SageMaker hosts");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"eu-west-1", "us-gov-west-1", "cn-north-1", "ap-southeast-2", "us-iso-east-1", "il-central-1"})
  void validRegions(String region) {
    assertTrue(EnvironmentRules.region(region).isEmpty(), region);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Ireland", "eu-west", "EU-WEST-1", "eu_west_1", "current"})
  void invalidRegions(String region) {
    assertEquals(Rule.REGION, EnvironmentRules.region(region).orElseThrow().rule(), region);
  }

  @Test
  void accountsAreTwelveDigits() {
    assertTrue(EnvironmentRules.account("123456789012").isEmpty());
    for (String account : List.of("12345678901", "1234567890123", "1234-5678-9012", "current")) {
      assertEquals(Rule.ACCOUNT_ID, EnvironmentRules.account(account).orElseThrow().rule(), account);
    }
  }

  @Test
  void arnsAgreeWithThePinnedAccountAndRegion() {
    assertTrue(EnvironmentRules.roleAccount("arn:aws:iam::123456789012:role/x", "123456789012").isEmpty());
    assertEquals(Rule.ROLE_ACCOUNT,
        EnvironmentRules.roleAccount("arn:aws:iam::210987654321:role/x", "123456789012").orElseThrow().rule());
    assertTrue(EnvironmentRules.partition("role", "arn:aws-cn:iam::123456789012:role/x", "cn-northwest-1",
        Location.Attribute.ROLE).isEmpty());
    assertEquals(Rule.ARN_PARTITION, EnvironmentRules.partition("role", "arn:aws:iam::123456789012:role/x",
        "us-gov-east-1", Location.Attribute.ROLE).orElseThrow().rule());
    assertTrue(EnvironmentRules.keyRegion("arn:aws:kms:eu-west-1:123456789012:alias/x", "eu-west-1").isEmpty());
    assertEquals(Rule.KMS_KEY_REGION,
        EnvironmentRules.keyRegion("arn:aws:kms:eu-west-1:123456789012:alias/x", "eu-west-2").orElseThrow().rule());
  }

  @Test
  void partitionsOfRegions() {
    assertEquals("aws", Arn.partitionOf("eu-west-1"));
    assertEquals("aws-cn", Arn.partitionOf("cn-north-1"));
    assertEquals("aws-us-gov", Arn.partitionOf("us-gov-west-1"));
    assertEquals("aws-iso", Arn.partitionOf("us-iso-east-1"));
    assertEquals("aws-iso-b", Arn.partitionOf("us-isob-east-1"));
  }
}
