package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.ContainerSpec;
import io.github.sagemakercdk.rules.DirectInvocationRules;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.ModelDataSourceRules;
import io.github.sagemakercdk.rules.ModelPackageRules;
import io.github.sagemakercdk.rules.ModelRules;
import io.github.sagemakercdk.rules.ModelSpec;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks one {@link ModelDeclaration} against every rule, each problem in its report at its value, and turns a model
 * without problems into a {@link StackPlan}.
 *
 * <p>It checks everything even after a first problem, so that one compile shows them all. SageMaker's own
 * limits are the rules module's ({@link ModelRules} on a {@link ModelSpec} built from the annotations); this
 * class adds what only the processor knows: reference syntax, assets on disk, order, placement.
 */
final class ModelValidator {
  private final ProjectDirectory projectDirectory;
  private final SettingsValidator settingsValidator = new SettingsValidator();

  ModelValidator(ProjectDirectory projectDirectory) {
    this.projectDirectory = projectDirectory;
  }

  /** The report on the class, with the plan for the stack when it is a model without problems. */
  ValidationReport<StackPlan> validate(ModelDeclaration model) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    checkPlacement(model, report);
    List<CheckedContainer> checked = new ArrayList<>();
    for (ContainerDeclaration container : model.containers()) {
      checked.add(check(model.type(), container, report));
    }
    List<ContainerDeclaration> pipeline = PipelineOrder.arrange(model.containers(), report);
    List<CheckedContainer> inPipelineOrder = pipeline.stream().map(c -> checked.get(c.occurrence())).toList();
    checkSageMakerRules(model, pipeline, inPipelineOrder, report);
    ValidationReport<SettingsPlan> settings = settingsValidator.validate(model);
    report.add(settings);
    return report.build(() -> model.hasModelAnnotation() ? plan(model, pipeline, checked, settings) : null);
  }

  private static StackPlan plan(ModelDeclaration model, List<ContainerDeclaration> pipeline,
      List<CheckedContainer> checked, ValidationReport<SettingsPlan> settings) {
    List<ContainerPlan> containers = pipeline.stream()
        .map(declared -> {
          CheckedContainer c = checked.get(declared.occurrence());
          String key = declared.modelDataKmsKey().value();
          return new ContainerPlan(c.image(), c.modelData(), c.hostname(), c.environment(), key.isEmpty() ? null : key,
              declared.multiModel().value(), declared.acceptEula().value(), c.modelPackageArn());
        })
        .toList();
    String modelName = model.name().value().isEmpty() ? null : model.name().value();
    String packageName = ((PackageElement) model.type().getEnclosingElement()).getQualifiedName().toString();
    return new StackPlan(model.type(), packageName, modelName, model.networkIsolation().value(),
        model.directInvocation().value(), containers, settings.result().orElseThrow());
  }

  private static void checkPlacement(ModelDeclaration model, ValidationReport.Builder report) {
    TypeElement type = model.type();
    if (!model.hasModelAnnotation()) {
      Site firstContainer = model.containers().isEmpty() ? Site.of(type) : model.containers().get(0).site();
      report.error(firstContainer, Problem.CONTAINER_WITHOUT_MODEL.message(type.getQualifiedName()));
      return;
    }
    String what = switch (type.getKind()) {
      case CLASS -> type.getNestingKind() == NestingKind.TOP_LEVEL ? null : "the nested class";
      case INTERFACE -> "the interface";
      case ENUM -> "the enum";
      case ANNOTATION_TYPE -> "the annotation type";
      case RECORD -> "the record";
      default -> "the " + type.getKind().toString().toLowerCase(Locale.ROOT);
    };
    if (what != null) {
      report.error(model.modelSite(), Problem.MODEL_PLACEMENT.message(what, type.getQualifiedName()));
    }
  }

  /** References, assets and environment syntax of one container, each problem reported at its value. */
  private CheckedContainer check(TypeElement type, ContainerDeclaration container, ValidationReport.Builder report) {
    if (container.image().value().startsWith(ImageReferences.MODEL_PACKAGE)) {
      return checkPackage(type, container, report);
    }
    for (AnnotatedValue<String> contents : List.of(container.packageImage(), container.packageModelData())) {
      if (!contents.value().isEmpty()) {
        String attribute = contents == container.packageImage() ? "packageImage" : "packageModelData";
        report.error(contents.site(), Problem.PACKAGE_CONTENTS_WITHOUT_PACKAGE.message(attribute, attribute, attribute));
      }
    }
    ImageSource image = accept(container.image().site(), image(type, container.image().value()), report);
    if (container.multiModel().value() && container.modelData().value().isEmpty()) {
      report.error(container.multiModel().site(),
          Rule.MULTI_MODEL_DATA.violation(Location.VALUE, "(none)").toString());
    }
    ModelDataSource modelData = container.modelData().value().isEmpty()
        ? null
        : accept(container.modelData().site(),
            modelData(type, container.modelData().value(), container.multiModel().value()), report);
    checkLicense(container, modelData, report);
    return new CheckedContainer(image, modelData, hostname(container), environment(container, report), null);
  }

  /**
   * A container created from a model package: its versioned ARN, no model data or multi-model mode of its own, and
   * what the package holds (packageImage, packageModelData) in the plan's image and model data, for the grants.
   */
  private CheckedContainer checkPackage(TypeElement type, ContainerDeclaration container,
      ValidationReport.Builder report) {
    String arn = container.image().value().substring(ImageReferences.MODEL_PACKAGE.length());
    ModelPackageRules.arn(arn).ifPresent(v -> report.error(container.image().site(), v.toString()));
    ModelPackageRules.container(0, arn, !container.modelData().value().isEmpty(), false)
        .ifPresent(v -> report.error(container.modelData().site(), v.toString()));
    ModelPackageRules.container(0, arn, false, container.multiModel().value())
        .ifPresent(v -> report.error(container.multiModel().site(), v.toString()));
    checkLicense(container, null, report);
    AnnotatedValue<String> packageImage = container.packageImage();
    ImageSource image = null;
    if (!packageImage.value().isEmpty()) {
      image = packageImage.value().startsWith(ImageReferences.MODEL_PACKAGE)
          ? accept(packageImage.site(), Parsed.failed(Problem.PACKAGE_IMAGE_REFERENCE.message(packageImage.value())),
              report)
          : accept(packageImage.site(), image(type, packageImage.value()), report);
    }
    AnnotatedValue<String> packageModelData = container.packageModelData();
    ModelDataSource modelData = null;
    if (!packageModelData.value().isEmpty()) {
      Parsed<ModelDataSource> parsed = ModelDataReferences.parse(packageModelData.value());
      modelData = accept(packageModelData.site(), parsed.value() instanceof ModelDataSource.Asset
          ? Parsed.failed(Problem.PACKAGE_MODEL_DATA_REFERENCE.message(packageModelData.value()))
          : parsed, report);
    }
    return new CheckedContainer(image, modelData, hostname(container), environment(container, report), arn);
  }

  private static List<EnvironmentVariable> environment(ContainerDeclaration container, ValidationReport.Builder report) {
    List<EnvironmentVariable> environment = new ArrayList<>();
    for (AnnotatedValue<String> entry : container.environment()) {
      EnvironmentVariable variable = accept(entry.site(), EnvironmentVariable.parse(entry), report);
      if (variable != null) {
        environment.add(variable);
      }
    }
    return environment;
  }

  private static String hostname(ContainerDeclaration container) {
    return container.hostname().value().isEmpty() ? null : container.hostname().value();
  }

  /**
   * The license of model data in S3: acceptEula only where it can be rendered (S3 model data of a single-model
   * container), and a gated model's data only with it.
   */
  private static void checkLicense(ContainerDeclaration container, ModelDataSource modelData,
      ValidationReport.Builder report) {
    String reference = container.modelData().value();
    AnnotatedValue<Boolean> acceptEula = container.acceptEula();
    if (acceptEula.value()) {
      if (container.multiModel().value()) {
        report.error(acceptEula.site(), Rule.MULTI_MODEL_DATA_SOURCE.violation(Location.VALUE, reference).toString());
      } else if (!reference.startsWith(ModelDataReferences.S3)
          && !reference.startsWith(ModelDataReferences.UNCOMPRESSED)) {
        report.error(acceptEula.site(), Problem.ACCEPT_EULA_WITHOUT_S3.message(
            reference.isEmpty() ? "not given" : "\"" + reference + "\""));
      }
    }
    String bucket = modelData instanceof ModelDataSource.S3 s3 ? s3.bucket()
        : modelData instanceof ModelDataSource.Uncompressed files ? files.bucket()
        : null;
    if (bucket != null && !container.multiModel().value()) {
      ModelDataSourceRules.license(reference, bucket, acceptEula.value())
          .ifPresent(v -> report.error(container.modelData().site(), v.toString()));
    }
  }

  private Parsed<ImageSource> image(TypeElement type, String reference) {
    Parsed<ImageSource> parsed = ImageReferences.parse(reference);
    if (parsed.value() instanceof ImageSource.Asset asset) {
      return Assets.imageDirectory(asset.directory(), projectDirectory.of(type)).map(ImageSource.Asset::new);
    }
    return parsed;
  }

  private Parsed<ModelDataSource> modelData(TypeElement type, String reference, boolean multiModel) {
    Parsed<ModelDataSource> parsed = ModelDataReferences.parse(reference, multiModel);
    if (parsed.value() instanceof ModelDataSource.Asset asset) {
      return Assets.modelDataFile(asset.file(), projectDirectory.of(type)).map(ModelDataSource.Asset::new);
    }
    return parsed;
  }

  /** SageMaker's limits, from the rules module, on the containers in pipeline order. */
  private static void checkSageMakerRules(ModelDeclaration model, List<ContainerDeclaration> pipeline,
      List<CheckedContainer> inPipelineOrder, ValidationReport.Builder report) {
    List<ContainerSpec> containers = new ArrayList<>();
    List<List<EnvironmentVariable>> environments = new ArrayList<>();
    for (CheckedContainer container : inPipelineOrder) {
      containers.add(new ContainerSpec(container.hostname(),
          container.environment().stream().map(v -> Map.entry(v.name(), v.value())).toList()));
      environments.add(container.environment());
    }
    String modelName = model.name() == null || model.name().value().isEmpty() ? null : model.name().value();
    ViolationSites sites = new ViolationSites(model, pipeline, environments);
    List<Violation> violations = ModelRules.validate(new ModelSpec(modelName, containers));
    if (model.directInvocation().value()) {
      List<String> hostnames = containers.stream().map(ContainerSpec::hostname).toList();
      violations = DirectInvocationRules.forDirectInvocation(violations, hostnames);
    }
    for (Violation violation : violations) {
      report.error(sites.of(violation.location()), violation.toString());
    }
    // What the containers exclude whatever hosts them, such as a multi-model container in a pipeline.
    for (Violation violation : HostingExclusions.rejected(HostingSetup.of(null, HostingFeatures.ofModel(model)))) {
      report.error(HostingFeatures.site(violation, model, null), violation.toString());
    }
  }

  private static <T> T accept(Site site, Parsed<T> parsed, ValidationReport.Builder report) {
    parsed.errors().forEach(error -> report.error(site, error));
    return parsed.value();
  }

  /** One container after its own checks; fields are null where a check failed. */
  private record CheckedContainer(ImageSource image, ModelDataSource modelData, String hostname,
      List<EnvironmentVariable> environment, String modelPackageArn) {}
}
