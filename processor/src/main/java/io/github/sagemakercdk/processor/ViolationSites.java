package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.Location;
import java.util.List;

/**
 * Maps where a rule of the rules module says a violation is ({@link Location}: attribute, container in pipeline
 * order, environment entry) back to the annotation value it came from.
 */
final class ViolationSites {
  private final ModelDeclaration model;
  private final List<ContainerDeclaration> pipeline;
  private final List<List<EnvironmentVariable>> environments;

  /**
   * @param pipeline the containers in the order the rules saw them
   * @param environments for each of them, the entries the rules saw (those that parsed), in order
   */
  ViolationSites(ModelDeclaration model, List<ContainerDeclaration> pipeline, List<List<EnvironmentVariable>> environments) {
    this.model = model;
    this.pipeline = pipeline;
    this.environments = environments;
  }

  Site of(Location location) {
    if (location.container() < 0 || location.container() >= pipeline.size()) {
      if (location.attribute() == Location.Attribute.DIRECT_INVOCATION && model.hasModelAnnotation()) {
        return model.directInvocation().site();
      }
      return location.attribute() == Location.Attribute.MODEL_NAME && model.name() != null
          ? model.name().site()
          : model.wholeModelSite();
    }
    ContainerDeclaration container = pipeline.get(location.container());
    return switch (location.attribute()) {
      case IMAGE -> container.image().site();
      case MODEL_DATA -> container.modelData().site();
      case HOSTNAME -> container.hostname().site();
      case ENVIRONMENT -> {
        List<EnvironmentVariable> entries = environments.get(location.container());
        yield location.entry() >= 0 && location.entry() < entries.size()
            ? entries.get(location.entry()).site()
            : container.environmentSite();
      }
      default -> container.site();
    };
  }
}
