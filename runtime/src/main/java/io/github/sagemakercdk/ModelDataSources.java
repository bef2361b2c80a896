package io.github.sagemakercdk;

import software.amazon.awscdk.services.sagemaker.CfnModel;

/** Renders model data given as an S3 data source into CloudFormation's {@code ModelDataSource}. */
final class ModelDataSources {
  private ModelDataSources() {}

  static CfnModel.ModelDataSourceProperty render(ModelDataConfig config) {
    ModelDataCompression compression =
        config.getCompression() == null ? ModelDataCompression.NONE : config.getCompression();
    return CfnModel.ModelDataSourceProperty.builder()
        .s3DataSource(CfnModel.S3DataSourceProperty.builder()
            .s3Uri(config.getUri())
            .s3DataType(config.getS3DataType().toString())
            .compressionType(compression.toString())
            .modelAccessConfig(config.getAcceptEula() == null ? null
                : CfnModel.ModelAccessConfigProperty.builder().acceptEula(config.getAcceptEula()).build())
            .build())
        .build();
  }
}
