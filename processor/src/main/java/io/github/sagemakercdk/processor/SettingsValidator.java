package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.annotations.SageMakerModel;
import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.EnvironmentRules;
import io.github.sagemakercdk.rules.FrameworkImages;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.Location.Attribute;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Messages;
import io.github.sagemakercdk.rules.RoleRules;
import io.github.sagemakercdk.rules.TagRules;
import io.github.sagemakercdk.rules.Violation;
import io.github.sagemakercdk.rules.VpcRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the role, placement, tags, account and region of a model, the KMS keys of its model data and of its
 * endpoint, and how they fit together (role account and partitions against the pinned account and region, a key's
 * region, a serverless endpoint in subnets), each problem in its report at its value.
 *
 * <p>The limits are the rules module's ({@link RoleRules}, {@link VpcRules}, {@link TagRules}, {@link KmsRules},
 * {@link EnvironmentRules}); this class adds only what the annotations' form can get wrong.
 */
final class SettingsValidator {
  private static final String S3_SCHEME = "s3://";
  /**
   * Checks the settings and the containers' model data keys; the plan of a clean report ({@link SettingsPlan#NONE}
   * for a class without {@code @SageMakerModel}).
   */
  ValidationReport<SettingsPlan> validate(ModelDeclaration model) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    ModelSettings settings = model.settings();
    if (settings == null) {
      // The containers' own values are checked even without @SageMakerModel, as every other container value is.
      model.containers().forEach(container -> checkModelDataKey(container, null, report));
      return report.build(() -> SettingsPlan.NONE);
    }
    String role = settings.role().value();
    if (!role.isEmpty()) {
      RoleRules.roleArn(role).ifPresent(v -> report.error(settings.role().site(), v.toString()));
    }
    for (Violation violation : VpcRules.placement(settings.subnets().values(), settings.securityGroups().values())) {
      report.error(listSite(violation.location(), settings), violation.toString());
    }
    List<SettingsPlan.Tag> tags = tags(settings.tags(), report);
    checkEnvironment(settings.account(), EnvironmentRules::account, report);
    checkEnvironment(settings.region(), EnvironmentRules::region, report);

    String account = pinned(settings.account(), EnvironmentRules::account);
    String region = pinned(settings.region(), EnvironmentRules::region);
    if (!role.isEmpty() && RoleRules.roleArn(role).isEmpty()) {
      if (account != null) {
        EnvironmentRules.roleAccount(role, account).ifPresent(v -> report.error(settings.role().site(), v.toString()));
      }
      if (region != null) {
        EnvironmentRules.partition("role", role, region, Attribute.ROLE)
            .ifPresent(v -> report.error(settings.role().site(), v.toString()));
      }
    }
    for (ContainerDeclaration container : model.containers()) {
      checkModelDataKey(container, region, report);
      checkImageRegion(container, region, report);
    }
    return report.build(() -> new SettingsPlan(role.isEmpty() ? null : role, settings.subnets().values(),
        settings.securityGroups().values(), tags, settings.account().value(), settings.region().value()));
  }

  /** What the endpoint's attributes must fit with: its storage key (a serverless endpoint in subnets is a hosting exclusion). */
  ValidationReport<Void> checkEndpoint(ModelDeclaration model, DeclaredEndpoints endpoints) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    ModelSettings settings = model.settings();
    String region = settings == null ? null : pinned(settings.region(), EnvironmentRules::region);
    for (EndpointDeclaration endpoint : endpoints.endpoints()) {
      if (endpoint instanceof EndpointDeclaration.Async async) {
        checkAsync(async, region, report);
      }
      if (endpoint instanceof EndpointDeclaration.Instance instance && !instance.kmsKey().value().isEmpty()) {
        AnnotatedValue<String> key = instance.kmsKey();
        if (checkKey(key, region, report)) {
          KmsRules.storageVolumeKey(instance.instanceType().value())
              .ifPresent(v -> report.error(key.site(), v.toString()));
        }
      }
    }
    return report.build();
  }

  /** A KMS key given on another annotation of the model's class: its form, and partition and region. */
  ValidationReport<Void> checkKey(ModelDeclaration model, AnnotatedValue<String> key) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    ModelSettings settings = model.settings();
    checkKey(key, settings == null ? null : pinned(settings.region(), EnvironmentRules::region), report);
    return report.build();
  }

  /**
   * An asynchronous endpoint's keys and topics against the pinned region: the storage volume key as a real-time
   * endpoint's, the output key's partition and region, and each topic ARN's partition.
   */
  private static void checkAsync(EndpointDeclaration.Async endpoint, String region, ValidationReport.Builder report) {
    AnnotatedValue<String> volumeKey = endpoint.kmsKey();
    if (!volumeKey.value().isEmpty() && checkKey(volumeKey, region, report)) {
      KmsRules.storageVolumeKey(endpoint.instanceType().value())
          .ifPresent(v -> report.error(volumeKey.site(), v.toString()));
    }
    if (!endpoint.outputKmsKey().value().isEmpty()) {
      checkKey(endpoint.outputKmsKey(), region, report);
    }
    if (region == null) {
      return;
    }
    for (AnnotatedValue<String> topic : List.of(endpoint.successTopic(), endpoint.errorTopic())) {
      String arn = topic.value();
      if (arn.isEmpty() || arn.equals(EndpointPlan.Async.CREATED)
          || AsyncInferenceRules.topicArn("topic", arn, Attribute.VALUE).isPresent()) {
        continue;
      }
      EnvironmentRules.partition("SNS topic", arn, region, Attribute.VALUE)
          .ifPresent(v -> report.error(topic.site(), v.toString()));
    }
  }

  /** A framework image in a pinned region: published there. */
  private static void checkImageRegion(ContainerDeclaration container, String region,
      ValidationReport.Builder report) {
    if (region == null) {
      return;
    }
    AnnotatedValue<String> image = container.image();
    if (ImageReferences.parse(image.value()).value() instanceof ImageSource.Framework framework) {
      FrameworkImages.region(framework.image(), region).ifPresent(v -> report.error(image.site(), v.toString()));
    }
  }

  private static void checkModelDataKey(ContainerDeclaration container, String region,
      ValidationReport.Builder report) {
    AnnotatedValue<String> key = container.modelDataKmsKey();
    if (key.value().isEmpty()) {
      return;
    }
    String modelData = container.modelData().value();
    if (!modelData.startsWith(S3_SCHEME) && !modelData.startsWith(ModelDataReferences.UNCOMPRESSED + S3_SCHEME)) {
      report.error(key.site(), Problem.MODEL_DATA_KMS_KEY_WITHOUT_S3.message(
          modelData.isEmpty() ? "not given" : Messages.quoted(modelData)));
    }
    checkKey(key, region, report);
  }

  /** The key's form, and its partition and region against the pinned region; whether its form is valid. */
  private static boolean checkKey(AnnotatedValue<String> key, String region, ValidationReport.Builder report) {
    Optional<Violation> form = KmsRules.keyArn(key.value());
    form.ifPresent(v -> report.error(key.site(), v.toString()));
    if (form.isEmpty() && region != null) {
      EnvironmentRules.key(key.value(), region).ifPresent(v -> report.error(key.site(), v.toString()));
    }
    return form.isEmpty();
  }

  /** Parses {@code key=value} entries and checks them with the rules; only the parsed ones are in the plan. */
  private static List<SettingsPlan.Tag> tags(AnnotatedList written, ValidationReport.Builder report) {
    List<SettingsPlan.Tag> tags = new ArrayList<>();
    List<Site> sites = new ArrayList<>();
    for (AnnotatedValue<String> entry : written.entries()) {
      int equals = entry.value().indexOf('=');
      if (equals < 0) {
        report.error(entry.site(), Problem.TAG_ENTRY_FORM.message(entry.value()));
        continue;
      }
      tags.add(new SettingsPlan.Tag(entry.value().substring(0, equals), entry.value().substring(equals + 1)));
      sites.add(entry.site());
    }
    List<Map.Entry<String, String>> pairs = tags.stream().map(t -> Map.entry(t.key(), t.value())).toList();
    for (Violation violation : TagRules.entries(pairs)) {
      report.error(sites.get(violation.location().entry()), violation.toString());
    }
    // Every entry written counts, whether it parsed or not.
    TagRules.count(written.entries().size()).ifPresent(v -> report.error(written.site(), v.toString()));
    return tags;
  }

  private static void checkEnvironment(AnnotatedValue<String> value, Function<String, Optional<Violation>> rule,
      ValidationReport.Builder report) {
    if (!value.value().isEmpty() && !value.value().equals(SageMakerModel.CURRENT)) {
      rule.apply(value.value()).ifPresent(v -> report.error(value.site(), v.toString()));
    }
  }

  /** The pinned value when it is a valid literal (not empty, not {@code current}), else null. */
  private static String pinned(AnnotatedValue<String> value,
      Function<String, Optional<Violation>> rule) {
    String text = value.value();
    return text.isEmpty() || text.equals(SageMakerModel.CURRENT) || rule.apply(text).isPresent() ? null : text;
  }

  /** The subnets' or security groups' site a placement violation belongs to: an entry, or the list. */
  private static Site listSite(Location location, ModelSettings settings) {
    AnnotatedList list = location.attribute() == Attribute.SUBNETS ? settings.subnets() : settings.securityGroups();
    int entry = location.entry();
    return entry >= 0 && entry < list.entries().size() ? list.entries().get(entry).site() : list.site();
  }
}
