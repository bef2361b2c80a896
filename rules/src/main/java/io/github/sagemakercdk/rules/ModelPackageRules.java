package io.github.sagemakercdk.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container created from a versioned model package of the SageMaker Model Registry (ContainerDefinition
 * {@code ModelPackageName}): the package supplies the image and the model data. Source:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html (ModelPackageName: 1 to 176
 * characters, pattern {@code (arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:[a-z\-]*\/)?}
 * {@code ([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\/[0-9]{1,9})?}).
 * This library takes the versioned ARN form of that pattern only, {@code ...:model-package/<group>/<version>}: a
 * name alone, or an unversioned ARN, does not say which version is deployed.
 */
public final class ModelPackageRules {
  private static final Pattern VERSIONED_ARN = Pattern.compile(
      "^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:model-package/([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)"
          + "/[0-9]{1,9}$");

  private ModelPackageRules() {}

  /** A versioned model package ARN, as ContainerDefinition.ModelPackageName takes it. */
  public static Optional<Violation> arn(String arn) {
    return arn.length() <= Limits.MAX_MODEL_PACKAGE_NAME_LENGTH && VERSIONED_ARN.matcher(arn).matches()
        ? Optional.empty()
        : Optional.of(Rule.MODEL_PACKAGE_ARN.violation(Location.VALUE, arn));
  }

  /** The name of the model package group a new version goes into. */
  public static Optional<Violation> groupName(String name) {
    return Names.valid(name)
        ? Optional.empty()
        : Optional.of(Rule.MODEL_PACKAGE_GROUP_NAME.violation(Location.VALUE, name));
  }

  /** A container from a package takes no model data of its own, and is no multi-model container. */
  public static Optional<Violation> container(int container, String arn, boolean modelData, boolean multiModel) {
    if (modelData) {
      return Optional.of(Rule.MODEL_PACKAGE_MODEL_DATA.violation(
          Location.container(Location.Attribute.MODEL_DATA, container), arn));
    }
    return multiModel
        ? Optional.of(Rule.MODEL_PACKAGE_MULTI_MODEL.violation(
            Location.container(Location.Attribute.MULTI_MODEL, container), arn))
        : Optional.empty();
  }
}
