package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelDataCompression;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.S3DataSourceOptions;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Librarian"
)
public class LibrarianStack extends Stack {
  public static final String DEFAULT_ID = "LibrarianStack";

  private final Model model;

  public LibrarianStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public LibrarianStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromDlc("djl-inference", "0.31.0-lmi13.0.0-cu124");
    ModelData container1ModelData = ModelData.fromS3DataSource(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "jumpstart-private-cache-prod-us-east-1"), "meta/llama-3-8b/",
        S3DataSourceOptions.builder()
            .acceptEula(true)
            .encryptionKey(Key.fromKeyArn(this, "Container1ModelDataKey", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
            .build());
    ContainerImage container2Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container2Repository", "guard"), "1");
    ModelData container2ModelData = ModelData.fromS3DataSource(
        Bucket.fromBucketName(this, "Container2ModelDataBucket", "acme-models"), "guard/weights.bin");
    ContainerImage container3Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container3Repository", "rank"), "1");
    ModelData container3ModelData = ModelData.fromS3DataSource(
        Bucket.fromBucketName(this, "Container3ModelDataBucket", "acme-models"), "rank/model.tar.gz",
        S3DataSourceOptions.builder()
            .compression(ModelDataCompression.GZIP)
            .acceptEula(true)
            .build());
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .containerHostname("llm")
                .build(),
            ContainerDefinition.builder()
                .image(container2Image)
                .modelData(container2ModelData)
                .containerHostname("guard")
                .build(),
            ContainerDefinition.builder()
                .image(container3Image)
                .modelData(container3ModelData)
                .containerHostname("rank")
                .build()))
        .build());
  }

  public Model getModel() {
    return model;
  }

  public IRole getRole() {
    return model.getRole();
  }

  public static void main(String[] args) {
    SageMakerApp.synthesize(new Factory());
  }

  public static final class Factory implements ModelStackFactory {
    @Override
    public String stackId() {
      return DEFAULT_ID;
    }

    @Override
    public Stack create(Construct scope, String id) {
      return new LibrarianStack(scope, id);
    }
  }
}
