package io.github.sagemakercdk.rules;

/**
 * SageMaker's numeric limits and patterns, as the SageMaker, ECR and S3 API references state them.
 *
 * <p>Constants, so that annotations and generated code can use them too; the checks that apply them live in
 * {@link ModelRules}, {@link EcrRules} and {@link S3Rules}.
 */
public final class Limits {
  /** CreateModel: {@code Containers} holds at most 15 items. */
  public static final int MAX_CONTAINERS = 15;
  /** Model names and container hostnames share one pattern and length. */
  public static final String NAME_PATTERN = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$";
  public static final int NAME_MAX_LENGTH = 63;
  /** ContainerDefinition.Environment: at most 100 entries. */
  public static final int MAX_ENVIRONMENT_ENTRIES = 100;
  public static final String ENVIRONMENT_KEY_PATTERN = "^[a-zA-Z_][a-zA-Z0-9_]*$";
  public static final int MAX_ENVIRONMENT_KEY_BYTES = 1024;
  public static final int MAX_ENVIRONMENT_VALUE_BYTES = 1024;
  /** All keys and values of all containers of one CreateModel request together. */
  public static final int MAX_ENVIRONMENT_TOTAL_BYTES = 32 * 1024;
  /** ContainerDefinition.Image: at most 255 characters, no white space. */
  public static final int MAX_IMAGE_URI_LENGTH = 255;
  /** ContainerDefinition.ModelDataUrl: at most 1024 characters, s3:// or https://. */
  public static final int MAX_MODEL_DATA_URL_LENGTH = 1024;
  public static final String MODEL_DATA_ARCHIVE_SUFFIX = ".tar.gz";
  /** VpcConfig: 1 to 16 subnets, 1 to 5 security groups. */
  public static final int MAX_VPC_SUBNETS = 16;
  public static final int MAX_VPC_SECURITY_GROUPS = 5;
  /** ECR: repository names of 2 to 256 characters, tags of at most 128. */
  public static final int MIN_ECR_REPOSITORY_NAME_LENGTH = 2;
  public static final int MAX_ECR_REPOSITORY_NAME_LENGTH = 256;
  public static final String ECR_REPOSITORY_NAME_PATTERN =
      "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$";
  public static final int MAX_ECR_TAG_LENGTH = 128;
  public static final String ECR_TAG_PATTERN = "^[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,127}$";
  public static final String ECR_DIGEST_PATTERN = "^sha256:[a-f0-9]{64}$";
  /** ECR: a registry is named by the 12-digit ID of the account that owns it. */
  public static final String ECR_REGISTRY_ID_PATTERN = "^[0-9]{12}$";
  /** The build file Docker looks for in an image asset directory unless told otherwise. */
  public static final String DEFAULT_DOCKERFILE = "Dockerfile";
  /** S3: bucket names of 3 to 63 characters, object keys of 1 to 1024 UTF-8 bytes. */
  public static final int MIN_S3_BUCKET_NAME_LENGTH = 3;
  public static final int MAX_S3_BUCKET_NAME_LENGTH = 63;
  public static final int MAX_S3_OBJECT_KEY_BYTES = 1024;

  private Limits() {}
}
