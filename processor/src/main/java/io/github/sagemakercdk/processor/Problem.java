package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.Messages;

/**
 * The catalog of the problems only the processor knows of: reference syntax, assets on disk, pipeline order,
 * where the annotations may stand. Each message says what is wrong and how to fix it: {@code what is wrong: the fix}
 * (the convention {@code MessageFixTest} checks on this catalog and the rules').
 *
 * <p>SageMaker's, ECR's and S3's own limits, and what a local asset must be, are not here: they come, with
 * their messages, from {@code io.github.sagemakercdk.rules.Rule}, the one definition the runtime uses too. Both catalogs print
 * as {@code [SM-ID] message}; their ids never collide.
 */
enum Problem {
  IMAGE_EMPTY("image is empty: write " + Forms.IMAGE),
  IMAGE_REFERENCE("image \"%s\" is not an image reference this processor knows: write " + Forms.IMAGE),
  IMAGE_TAG_MISSING("image \"%s\" names no tag: write %s (a tag such as 1.7-1; write :latest only if you mean it)"),
  DLC_DIGEST("image \"%s\" gives a digest: a Deep Learning Container is named by repository and tag, write"
      + " dlc:<repository>:<tag>, for example dlc:pytorch-inference:2.1.0-cpu-py310"),
  REGISTRY_URI("image \"%s\" is not a valid ECR image URI: write <12-digit account>.dkr.ecr.<region>.amazonaws.com"
      + "/<repository>:<tag> (amazonaws.com.cn for the China regions), or @sha256:<digest> instead of :<tag>;"
      + " other registries are not supported by SageMaker models"),
  ASSET_PATH_EMPTY("%s \"asset:\" names no path: write %s"),
  ASSET_PATH_INVALID("%s path \"%s\" is not a valid path (%s): fix the path"),
  MODEL_DATA_REFERENCE("model data \"%s\" is not a model data reference: write " + Forms.MODEL_DATA
      + ", or leave it empty for a container without model data"),
  ORDER_ALL_OR_NONE("@Container #%d gives no order while @Container #%d gives order = %d: give an order to"
      + " every container (1 to %d, each once) or to none (they then run in declaration order)"),
  ORDER_RANGE("order = %d is out of range: with %d containers, give each an order from 1 to %d"),
  ORDER_DUPLICATE("order = %d is given to @Container #%d and #%d: give each position from 1 to %d once"),
  ENVIRONMENT_ENTRY_FORM("environment entry \"%s\" has no '=': write NAME=value, for example"
      + " \"SAGEMAKER_PROGRAM=serve.py\""),
  ENVIRONMENT_ENTRY_NAME("environment entry \"%s\" has an empty name: write NAME=value, for example"
      + " \"SAGEMAKER_PROGRAM=serve.py\""),
  TAG_ENTRY_FORM("tag \"%s\" has no '=': write key=value, for example \"cost-center=ml-platform\" (key= for an"
      + " empty value)"),
  MODEL_DATA_KMS_KEY_WITHOUT_S3("modelDataKmsKey is given, but the container's model data is %s: the key decrypts"
      + " an SSE-KMS object in S3, so give it only with s3://<bucket>/<key>.tar.gz model data"),
  CONTAINER_WITHOUT_MODEL("@Container on %s has no effect without @SageMakerModel: add @SageMakerModel to the"
      + " class, or remove the @Container"),
  MODEL_PLACEMENT("@SageMakerModel is on %s %s: put it on a top-level class (a class declared directly in its"
      + " package; not an interface, enum, record, annotation type or nested class)"),
  ENDPOINT_WITHOUT_MODEL("@%s on %s has no effect without @SageMakerModel: add @SageMakerModel (and its"
      + " @Container) to the class, or remove the @%s"),
  ENDPOINT_KIND_CONFLICT("%s carries both @%s and @%s: a model is served by one endpoint here, either on"
      + " instances (@RealtimeEndpoint, formerly @Endpoint), serverless (@ServerlessEndpoint) or asynchronous"
      + " (@AsyncEndpoint); remove one of the two"),
  DEPLOYMENT_WITHOUT_REALTIME_ENDPOINT("@%s needs a real-time endpoint (@RealtimeEndpoint) on the class, which has"
      + " %s: guarded deployments update an endpoint on instances here; serve the model with @RealtimeEndpoint, or"
      + " remove the @%s"),
  BACKLOG_SCALING_MULTIPLE("@AsyncEndpoint.autoScaling holds %d @BacklogScaling: give exactly one, or none for a"
      + " fixed instance count"),
  AUTO_SCALING_MULTIPLE("@%s.autoScaling holds %d @AutoScaling: give exactly one, or none for a fixed"
      + " instance count"),
  DATA_CAPTURE_WITHOUT_ENDPOINT("@DataCapture on %s captures the invocations of an endpoint, and the class has"
      + " none: add @RealtimeEndpoint (an endpoint on instances), or remove the @DataCapture"),
  SHADOW_VARIANT_WITHOUT_ENDPOINT("@ShadowVariant on %s receives a copy of the requests of the class's endpoint"
      + " on instances, and the class has none: add @RealtimeEndpoint (a serverless endpoint takes no shadow variant),"
      + " or remove the @ShadowVariant"),
  SHADOW_MODEL_SELF("@ShadowVariant names %s, the class it stands on: name the class of the candidate model, another"
      + " @SageMakerModel class"),
  SHADOW_MODEL_NOT_A_MODEL("@ShadowVariant names %s, which has no @SageMakerModel: name a class annotated with"
      + " @SageMakerModel and its @Container, or add them to that class"),
  SHADOW_MODEL_INVALID("@ShadowVariant names %s, which has %d error(s), reported on that class: fix them, or name"
      + " another @SageMakerModel class"),
  SHADOW_MODEL_ENVIRONMENT("@ShadowVariant names %s, pinned to account/region %s, while this class is pinned to %s:"
      + " SageMaker hosts a model only in its own account and region; pin the shadow class as this one, or not at"
      + " all"),
  INFERENCE_COMPONENT_HOST_IS_MODEL("%s carries both @InferenceComponentEndpoint and @%s: a host class is no model;"
      + " put each model in a class of its own with @InferenceComponent(endpoint = %s.class)"),
  INFERENCE_COMPONENT_HOST_PLACEMENT("@InferenceComponentEndpoint is on %s, which is not a top-level class: put it on"
      + " a class declared directly in its package"),
  INFERENCE_COMPONENT_WITH_ENDPOINT("%s carries both @InferenceComponent and @%s: a model is served by an endpoint"
      + " of its own or as an inference component on another class's endpoint; remove one of the two"),
  INFERENCE_COMPONENT_HOST_NOT_A_HOST("@InferenceComponent names %s, which has no @InferenceComponentEndpoint: name a"
      + " class annotated with @InferenceComponentEndpoint, or add it to that class"),
  INFERENCE_COMPONENT_HOST_INVALID("@InferenceComponent names %s, which has %d error(s), reported on that class: fix"
      + " them, or name another @InferenceComponentEndpoint class"),
  MANAGED_SCALING_WITHOUT_MAXIMUM("minInstanceCount is given without maxInstanceCount: managed instance scaling"
      + " needs its maximum; give maxInstanceCount, or drop minInstanceCount"),
  COPY_SCALING_INCOMPLETE("%s is given without %s: auto scaling of the copies needs maxCopies and"
      + " maxRequestsPerSecond; give both, or neither"),
  HOOK_SIGNATURE("@CustomizeStack method %s of %s %s, but the generated %s calls it with itself at the end of its"
      + " constructor: declare it as: static void %s(%s stack)"),
  HOOK_WITHOUT_MODEL("@CustomizeStack method %s of %s has no effect: only a class annotated with @SageMakerModel gets"
      + " a stack that calls such methods; move the method into that class, or remove the @CustomizeStack"),
  HOOK_CLASS_UNREACHABLE("the generated %s cannot call the @CustomizeStack method %s: in the unnamed package the"
      + " simple name %s, the only name of the class there, means the stack's own nested %s; put the class in a"
      + " package, or rename it"),
  STACK_ID_DUPLICATE("%s would generate a stack with the id \"%s\", as %s does, and one app cannot hold two"
      + " stacks of one id: rename one of the two classes"),
  STACK_ID_INVALID("%s would generate a stack with the id \"%s\", which CloudFormation rejects as a stack name"
      + " (letters, digits and hyphens, starting with a letter), so the app would fail at synth: rename the class"
      + " with ASCII letters and digits only"),
  UNREADABLE_VALUE("@%s.%s of %s is not a constant the processor can read: fix the compile errors reported"
      + " for it"),
  WRITE_FAILED("could not write %s: %s; clean the build's output (a stale copy may be in the way) and check that"
      + " its folders are writable, then compile again"),
  INTERNAL_ERROR("internal error in sagemaker-cdk processor, please report: %s; report it with the annotations of"
      + " the class it stands on");

  private final String template;

  Problem(String template) {
    this.template = template;
  }

  /** The id shown with every message, such as {@code SM-IMAGE-REFERENCE}. */
  String id() {
    return Messages.id(this);
  }

  /** The message users see, {@code [SM-ID] text}, filled in from {@code args}. */
  String message(Object... args) {
    return Messages.withId(id(), Messages.fill(template, args));
  }

  /** The reference forms, spelled once for every message that lists them. */
  private static final class Forms {
    static final String IMAGE = "one of asset:<directory with a Dockerfile>, ecr:<repository>:<tag> (or"
        + " ecr:<repository>@sha256:<digest>), dlc:<repository>:<tag>, or"
        + " <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>";
    static final String MODEL_DATA = "asset:<file>.tar.gz or s3://<bucket>/<key>.tar.gz";
  }
}
