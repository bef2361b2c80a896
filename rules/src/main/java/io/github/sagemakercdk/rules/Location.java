package io.github.sagemakercdk.rules;

/**
 * Where in a model a violation is: which attribute, of which container, and which environment entry.
 * Violations of an endpoint or its config name the attribute only (container and entry are -1).
 *
 * <p>The runtime only prints it; the processor uses it to put the error on the exact annotation value.
 *
 * @param attribute the attribute that is wrong
 * @param container the container's index in pipeline order, or -1 when the violation is about the model
 * @param entry the environment entry's index within its container, or -1
 */
public record Location(Attribute attribute, int container, int entry) {

  /** The model attributes a violation can point at. */
  public enum Attribute {
    MODEL_NAME, CONTAINERS, IMAGE, MODEL_DATA, HOSTNAME, ENVIRONMENT, VPC,
    /** Endpoints: names, the variants of a config, and each variant's settings. */
    ENDPOINT_NAME, ENDPOINT_CONFIG_NAME, VARIANTS, VARIANT_NAME, INSTANCE_TYPE, INITIAL_INSTANCE_COUNT,
    INITIAL_VARIANT_WEIGHT, ACCELERATOR_TYPE, MEMORY_SIZE, MAX_CONCURRENCY, PROVISIONED_CONCURRENCY,
    /** Auto scaling of an instance variant. */
    MIN_CAPACITY, MAX_CAPACITY, MAX_REQUESTS_PER_SECOND, SAFETY_FACTOR,
    /** An inference component: its name, host, compute resources and copies. */
    INFERENCE_COMPONENT_NAME, HOST, CPU_CORES, ACCELERATOR_DEVICES, MIN_MEMORY, MAX_MEMORY, COPY_COUNT,
    /** Where the model runs and under which identity: role, VPC placement by ID, tags, account, region, KMS keys. */
    ROLE, SUBNETS, SECURITY_GROUPS, TAGS, ACCOUNT, REGION, KMS_KEY,
    /** How the model is hosted: network isolation, a multi-model container, Direct invocation of its containers. */
    NETWORK_ISOLATION, MULTI_MODEL, DIRECT_INVOCATION,
    /** Data capture of an endpoint config: destination, sampling, content types (entry: which one). */
    DESTINATION, SAMPLING_PERCENTAGE, CSV_CONTENT_TYPES, JSON_CONTENT_TYPES,
    /** Asynchronous inference: output and failure paths, topics, responses in notifications, client, backlog scaling. */
    OUTPUT_PATH, FAILURE_PATH, SUCCESS_TOPIC, ERROR_TOPIC, INCLUDE_INFERENCE_RESPONSE_IN,
    MAX_CONCURRENT_INVOCATIONS, OUTPUT_KMS_KEY, TARGET_BACKLOG_PER_INSTANCE, ENDPOINT_KIND,
    /** Guarded deployments: the policy, its traffic routing, times, batch sizes and rollback alarms. */
    DEPLOYMENT_POLICY, TRAFFIC_ROUTING, WAIT_INTERVAL, CANARY_SIZE, LINEAR_STEP_SIZE, MAXIMUM_EXECUTION_TIMEOUT,
    TERMINATION_WAIT, MAXIMUM_BATCH_SIZE, ROLLBACK_MAXIMUM_BATCH_SIZE, ROLLBACK_ALARMS,
    /** Variant limits of an instance variant: storage, start-up timeouts, managed scaling, routing, AMI. */
    VOLUME_SIZE, MODEL_DATA_DOWNLOAD_TIMEOUT, CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT, MIN_INSTANCE_COUNT,
    MAX_INSTANCE_COUNT, MANAGED_SCALING_STATUS, ROUTING_STRATEGY, INFERENCE_AMI_VERSION,
    /** The one value given to a standalone check, such as a bucket name. */
    VALUE
  }

  public static Location model(Attribute attribute) {
    return new Location(attribute, -1, -1);
  }

  public static Location container(Attribute attribute, int container) {
    return new Location(attribute, container, -1);
  }

  public static Location environmentEntry(int container, int entry) {
    return new Location(Attribute.ENVIRONMENT, container, entry);
  }

  /** One entry of a list attribute of the model as a whole, such as its third subnet or tag. */
  public static Location entry(Attribute attribute, int entry) {
    return new Location(attribute, -1, entry);
  }

  /** For a check on one value, whose caller knows where that value stands. */
  public static final Location VALUE = new Location(Attribute.VALUE, -1, -1);
}
