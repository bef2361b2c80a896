package io.github.sagemakercdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;

/**
 * How to build an {@link EndpointConfig}: instance production variants, or one serverless production variant, or
 * variants that host inference components (one kind per config). Every property is optional; a config needs a
 * variant by synth time.
 */
public final class EndpointConfigProps {
  private final String endpointConfigName;
  private final IKey encryptionKey;
  private final List<InstanceProductionVariantProps> instanceProductionVariants;
  private final ServerlessProductionVariantProps serverlessProductionVariant;
  private final DataCaptureConfig dataCaptureConfig;
  private final InstanceProductionVariantProps shadowProductionVariant;
  private final AsyncInferenceConfig asyncInference;
  private final List<ComponentHostVariantProps> componentHostVariants;
  private final IRole executionRole;

  private EndpointConfigProps(Builder builder) {
    this.endpointConfigName = builder.endpointConfigName;
    this.encryptionKey = builder.encryptionKey;
    // Keeps null elements, which the config reports with their position.
    this.instanceProductionVariants = builder.instanceProductionVariants == null
        ? null : Collections.unmodifiableList(new ArrayList<>(builder.instanceProductionVariants));
    this.serverlessProductionVariant = builder.serverlessProductionVariant;
    this.dataCaptureConfig = builder.dataCaptureConfig;
    this.shadowProductionVariant = builder.shadowProductionVariant;
    this.asyncInference = builder.asyncInference;
    this.componentHostVariants = builder.componentHostVariants == null
        ? null : Collections.unmodifiableList(new ArrayList<>(builder.componentHostVariants));
    this.executionRole = builder.executionRole;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The physical name of the endpoint config, or null to let CloudFormation name it. */
  public String getEndpointConfigName() {
    return endpointConfigName;
  }

  /** The KMS key SageMaker encrypts the storage volumes of the endpoint's instances with, or null. */
  public IKey getEncryptionKey() {
    return encryptionKey;
  }

  /** The instance production variants (more can be added with addInstanceProductionVariant), or null. */
  public List<InstanceProductionVariantProps> getInstanceProductionVariants() {
    return instanceProductionVariants;
  }

  /** The serverless production variant, or null. */
  public ServerlessProductionVariantProps getServerlessProductionVariant() {
    return serverlessProductionVariant;
  }

  /** How the endpoint's requests and responses are captured into S3, or null for no data capture. */
  public DataCaptureConfig getDataCaptureConfig() {
    return dataCaptureConfig;
  }

  /**
   * The shadow variant, or null for none: a model on instances of its own that SageMaker sends a copy of the
   * production variant's requests to, discarding its responses. With it, the config has exactly one (instance)
   * production variant.
   */
  public InstanceProductionVariantProps getShadowProductionVariant() {
    return shadowProductionVariant;
  }

  /**
   * Asynchronous inference: where responses go and who is notified, or null for a real-time endpoint. Only with
   * instance production variants.
   */
  public AsyncInferenceConfig getAsyncInference() {
    return asyncInference;
  }

  /**
   * The variants that host inference components (more can be added with addComponentHostVariant), or null. With
   * them the config is in inference-component mode: its variants name no model, and it has an execution role.
   */
  public List<ComponentHostVariantProps> getComponentHostVariants() {
    return componentHostVariants;
  }

  /**
   * The role SageMaker runs a config's inference components with, or null: in inference-component mode the config
   * then creates a least-privilege role. Only with component host variants.
   */
  public IRole getExecutionRole() {
    return executionRole;
  }

  /** Builds {@link EndpointConfigProps}. */
  public static final class Builder {
    private String endpointConfigName;
    private IKey encryptionKey;
    private List<InstanceProductionVariantProps> instanceProductionVariants;
    private ServerlessProductionVariantProps serverlessProductionVariant;
    private DataCaptureConfig dataCaptureConfig;
    private InstanceProductionVariantProps shadowProductionVariant;
    private AsyncInferenceConfig asyncInference;
    private List<ComponentHostVariantProps> componentHostVariants;
    private IRole executionRole;

    private Builder() {}

    public Builder endpointConfigName(String endpointConfigName) {
      this.endpointConfigName = endpointConfigName;
      return this;
    }

    public Builder encryptionKey(IKey encryptionKey) {
      this.encryptionKey = encryptionKey;
      return this;
    }

    public Builder instanceProductionVariants(List<InstanceProductionVariantProps> instanceProductionVariants) {
      this.instanceProductionVariants = instanceProductionVariants == null
          ? null : new ArrayList<>(instanceProductionVariants);
      return this;
    }

    public Builder serverlessProductionVariant(ServerlessProductionVariantProps serverlessProductionVariant) {
      this.serverlessProductionVariant = serverlessProductionVariant;
      return this;
    }

    public Builder dataCaptureConfig(DataCaptureConfig dataCaptureConfig) {
      this.dataCaptureConfig = dataCaptureConfig;
      return this;
    }

    public Builder shadowProductionVariant(InstanceProductionVariantProps shadowProductionVariant) {
      this.shadowProductionVariant = shadowProductionVariant;
      return this;
    }

    public Builder asyncInference(AsyncInferenceConfig asyncInference) {
      this.asyncInference = asyncInference;
      return this;
    }

    public Builder componentHostVariants(List<ComponentHostVariantProps> componentHostVariants) {
      this.componentHostVariants = componentHostVariants == null ? null : new ArrayList<>(componentHostVariants);
      return this;
    }

    public Builder executionRole(IRole executionRole) {
      this.executionRole = executionRole;
      return this;
    }

    public EndpointConfigProps build() {
      return new EndpointConfigProps(this);
    }
  }
}
