package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** What each accepted reference means (the rejections are covered, with their lines, by the diagnostic tests). */
class ReferencesTest {

  @Test
  void ecrTagKeepsRepositoryPathAndTag() {
    assertThat(ImageReferences.parse("ecr:team/churn-model:2024.05_rc-1").value())
        .isEqualTo(new ImageSource.Ecr("team/churn-model", "2024.05_rc-1"));
  }

  @Test
  void ecrDigestKeepsTheAlgorithm() {
    String digest = "sha256:" + "ab".repeat(32);
    assertThat(ImageReferences.parse("ecr:xgboost@" + digest).value()).isEqualTo(new ImageSource.Ecr("xgboost", digest));
  }

  @Test
  void dlcKeepsRepositoryAndTag() {
    assertThat(ImageReferences.parse("dlc:huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04").value())
        .isEqualTo(new ImageSource.Dlc("huggingface-pytorch-inference",
            "2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04"));
  }

  @Test
  void frameworkResolvesItsVersionAndKeepsTheOptionsAsGiven() {
    ImageSource.Framework xgboost = (ImageSource.Framework) ImageReferences.parse("framework:xgboost:1.7-1").value();
    assertThat(xgboost.image().repository()).isEqualTo("sagemaker-xgboost");
    assertThat(xgboost.image().tag()).isEqualTo("1.7-1");
    assertThat(xgboost.processor()).isNull();
    ImageSource.Framework pytorch =
        (ImageSource.Framework) ImageReferences.parse("framework:pytorch:1.4:py36:gpu").value();
    assertThat(pytorch.image().version()).isEqualTo("1.4.0");
    assertThat(pytorch.image().tag()).isEqualTo("1.4.0-gpu-py36");
    assertThat(pytorch.processor()).isEqualTo("gpu");
    assertThat(pytorch.python()).isEqualTo("py36");
    ImageSource.Framework tgi = (ImageSource.Framework) ImageReferences.parse("framework:huggingface-llm:3.3").value();
    assertThat(tgi.image().tag()).isEqualTo("2.7.0-tgi3.3.6-gpu-py311-cu124-ubuntu22.04");
  }

  @Test
  void registryUriGivesTheRepositoryArnOfItsPartition() {
    ImageSource.Registry global = (ImageSource.Registry)
        ImageReferences.parse("123456789012.dkr.ecr.ap-southeast-2.amazonaws.com/a/b:1").value();
    assertThat(global.repositoryArn()).isEqualTo("arn:aws:ecr:ap-southeast-2:123456789012:repository/a/b");
    ImageSource.Registry china = (ImageSource.Registry)
        ImageReferences.parse("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ab:1").value();
    assertThat(china.repositoryArn()).isEqualTo("arn:aws-cn:ecr:cn-northwest-1:123456789012:repository/ab");
    ImageSource.Registry gov = (ImageSource.Registry)
        ImageReferences.parse("123456789012.dkr.ecr.us-gov-east-1.amazonaws.com/ab:1").value();
    assertThat(gov.repositoryArn()).isEqualTo("arn:aws-us-gov:ecr:us-gov-east-1:123456789012:repository/ab");
  }

  @Test
  void registryUriLongerThanSageMakerTakesIsRejectedByTheRule() {
    String uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/" + "a".repeat(220) + ":1";
    assertThat(ImageReferences.parse(uri).errors()).hasSize(1);
    assertThat(ImageReferences.parse(uri).errors().get(0)).startsWith("[SM-IMAGE-URI]");
  }

  @Test
  void assetKeepsThePathAsWritten() {
    assertThat(ImageReferences.parse("asset:../docker/serve").value()).isEqualTo(new ImageSource.Asset("../docker/serve"));
    assertThat(ModelDataReferences.parse("asset:models/m.TAR.GZ").value())
        .isEqualTo(new ModelDataSource.Asset("models/m.TAR.GZ"));
  }

  @Test
  void s3SplitsBucketFromKeyAtTheFirstSlash() {
    assertThat(ModelDataReferences.parse("s3://my.bucket-1/a/b/model.tar.gz").value())
        .isEqualTo(new ModelDataSource.S3("my.bucket-1", "a/b/model.tar.gz"));
  }

  @Test
  void environmentValueIsAllAfterTheFirstEquals() {
    Site nowhere = null;
    EnvironmentVariable variable = EnvironmentVariable.parse(new AnnotatedValue<>("URL=a=b=c", nowhere)).value();
    assertThat(variable.name()).isEqualTo("URL");
    assertThat(variable.value()).isEqualTo("a=b=c");
  }
}
