package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped images and registries, and how a framework, version, processor and Python version find one. */
class FrameworkImagesTest {
  private static final FrameworkImages IMAGES = FrameworkImages.shipped();

  private static FrameworkImage found(String framework, String version, String processor, String python) {
    FrameworkImages.Lookup lookup = IMAGES.find(framework, version, processor, python);
    assertTrue(lookup.violation().isEmpty(), () -> lookup.violation().get().toString());
    return lookup.image();
  }

  private static String broken(String framework, String version, String processor, String python) {
    return IMAGES.find(framework, version, processor, python).violation().orElseThrow().toString();
  }

  @Test
  void xgboostIsTheBuiltInImageOfTheSageMakerRegistries() {
    FrameworkImage xgboost = found("xgboost", "1.7-1", null, null);
    assertEquals("sagemaker-xgboost", xgboost.repository());
    assertEquals("1.7-1", xgboost.tag());
    assertEquals("683313688378", xgboost.registry().account("us-east-1").orElseThrow());
    assertEquals("xgboost 1.7-1", xgboost.describe());
    assertEquals("683313688378", found("sklearn", "1.2-1", null, null).registry().account("us-east-1").orElseThrow(),
        "scikit-learn shares XGBoost's registries");
    assertEquals("1.2-1-cpu-py3", found("sklearn", "1.2-1", null, null).tag());
  }

  @Test
  void theDeepLearningContainersTakeTheirProcessorAndPython() {
    FrameworkImage pytorch = found("pytorch", "2.6.0", "gpu", null);
    assertEquals("pytorch-inference", pytorch.repository());
    assertEquals("2.6.0-gpu-py312", pytorch.tag());
    assertEquals("763104351884", pytorch.registry().account("us-east-1").orElseThrow());
    assertEquals("pytorch 2.6.0 (gpu, py312)", pytorch.describe());
    assertEquals("1.4.0-cpu-py36", found("pytorch", "1.4.0", "cpu", "py36").tag());
    assertEquals("2.19.0-cpu", found("tensorflow", "2.19.0", "cpu", null).tag());
  }

  @Test
  void largeModelContainersComposeTheirTagsAsTheSdkDoes() {
    assertEquals("huggingface-pytorch-tgi-inference:2.7.0-tgi3.3.6-gpu-py311-cu124-ubuntu22.04",
        uri(found("huggingface-llm", "3.3.6", null, null)));
    assertEquals("tei:2.0.1-tei1.8.2-gpu-py310-cu122-ubuntu22.04", uri(found("huggingface-tei", "1.8.2", "gpu", null)));
    assertEquals("tei-cpu:2.0.1-tei1.8.2-cpu-py310-ubuntu22.04", uri(found("huggingface-tei", "1.8", "cpu", null)));
    assertEquals("683313688378", found("huggingface-tei", "1.8.2", "gpu", null).registry().account("us-east-1")
        .orElseThrow(), "TEI images are in SageMaker's registries, not the DLC ones");
    assertEquals("djl-inference:0.36.0-lmi27.0.0-cu130", uri(found("djl-lmi", "0.36.0", null, null)));
  }

  private static String uri(FrameworkImage image) {
    return image.repository() + ":" + image.tag();
  }

  @Test
  void anAliasNamesItsVersion() {
    assertEquals("2.6.0", found("pytorch", "2.6", "cpu", null).version());
    assertEquals("0.36.0", found("djl-lmi", "0.36.0", null, null).version());
    assertEquals(Rule.FRAMEWORK_VERSION, IMAGES.find("djl-lmi", "latest", null, null).violation().orElseThrow().rule(),
        "latest moves with every refresh: a template pins a version");
  }

  @Test
  void everyBuiltInAlgorithmHasItsRegistry() {
    for (String algorithm : List.of("blazingtext", "factorization-machines", "forecasting-deepar",
        "image-classification", "ipinsights", "kmeans", "knn", "lda", "linear-learner", "ntm", "object-detection",
        "object2vec", "pca", "randomcutforest", "semantic-segmentation", "seq2seq")) {
      FrameworkImage image = found(algorithm, "1", null, null);
      assertEquals("1", image.tag(), algorithm);
      assertTrue(image.registry().account("us-east-1").isPresent(), algorithm);
    }
    assertEquals("382416733822", found("kmeans", "1", null, null).registry().account("us-east-1").orElseThrow());
  }

  @Test
  void anUnknownFrameworkListsTheKnownOnes() {
    String message = broken("xgb", "1.7-1", null, null);
    assertTrue(message.startsWith("[SM-FRAMEWORK-UNKNOWN] framework \"xgb\" has no images"), message);
    assertTrue(message.contains("blazingtext, djl-lmi, factorization-machines"), message);
    assertTrue(message.contains("tensorflow, xgboost"), message);
  }

  @Test
  void anUnknownVersionListsTheNearestKnownOnes() {
    assertEquals("[SM-FRAMEWORK-VERSION] xgboost has no version \"1.8-1\": the known versions nearest it are 1.5-1,"
        + " 1.7-1, 3.0-5, 3.2-0 (of 11)", broken("xgboost", "1.8-1", null, null));
    assertEquals("[SM-FRAMEWORK-VERSION] pytorch has no version \"9.0\": the known versions nearest it are 2.3.0,"
        + " 2.4.0, 2.5.1, 2.6.0 (of 27)", broken("pytorch", "9.0", "gpu", null));
    assertEquals("[SM-FRAMEWORK-VERSION] kmeans has no version \"2\": the known versions nearest it are 1 (of 1)",
        broken("kmeans", "2", null, null));
  }

  @Test
  void optionsAreCheckedAgainstTheVersion() {
    assertEquals("[SM-FRAMEWORK-OPTION-MISSING] pytorch 2.6.0 has images for more than one processor (cpu, gpu):"
        + " name the one to run", broken("pytorch", "2.6", null, null));
    assertEquals("[SM-FRAMEWORK-OPTION] pytorch 2.6.0 has no processor \"tpu\": its images are for cpu, gpu; choose one of those",
        broken("pytorch", "2.6.0", "tpu", null));
    assertEquals("[SM-FRAMEWORK-OPTION-MISSING] pytorch 1.4.0 has images for more than one Python version"
        + " (py3, py36): name the one to run", broken("pytorch", "1.4.0", "cpu", null));
    assertEquals("[SM-FRAMEWORK-OPTION] pytorch 2.6.0 has no Python version \"py27\": its images are for py312; choose one of those",
        broken("pytorch", "2.6.0", "cpu", "py27"));
    assertEquals("[SM-FRAMEWORK-OPTION] xgboost 1.7-1 has no processor \"gpu\": its images are for none; choose one of those",
        broken("xgboost", "1.7-1", "gpu", null));
  }

  @Test
  void anImageIsPublishedInTheRegionsOfItsRegistry() {
    FrameworkImage lda = found("lda", "1", null, null);
    assertTrue(FrameworkImages.region(lda, "us-east-1").isEmpty());
    String message = FrameworkImages.region(lda, "eu-south-1").orElseThrow().toString();
    assertTrue(message.startsWith("[SM-FRAMEWORK-REGION] lda 1 is not published in region eu-south-1: its registry"
        + " serves ap-northeast-1, ap-northeast-2, "), message);
  }

  @Test
  void theDeepLearningContainersRegistryCoversEveryDlcRegion() {
    ImageRegistry dlc = IMAGES.dlcRegistry();
    assertEquals("763104351884", dlc.account("us-east-1").orElseThrow());
    assertEquals("727897471807", dlc.account("cn-north-1").orElseThrow());
    assertEquals(List.of("cn-north-1", "cn-northwest-1"), List.copyOf(dlc.inPartitions(List.of("aws-cn")).keySet()));
    assertEquals(dlc.accounts(), dlc.inPartitions(null));
    assertEquals("aws-eusc", Arn.partitionOf("eusc-de-east-1"));
  }

  @Test
  void versionsAreOrderedAsNumbers() {
    assertEquals(List.of("1.2.0", "1.9.1", "1.10.0", "1.10.2"),
        List.of("1.10.2", "1.2.0", "1.10.0", "1.9.1").stream().sorted(VersionOrder.INSTANCE).toList());
    assertEquals(List.of("1", "0.90-1", "1.7-1").stream().sorted(VersionOrder.INSTANCE).toList(),
        List.of("0.90-1", "1", "1.7-1"));
    assertEquals(List.of("a", "b"), VersionOrder.nearest(List.of("a", "b"), "c", 4));
  }

  @Test
  void aMalformedLineIsNamed() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> FrameworkImages.read(
        new ByteArrayInputStream("account dlc us-east-1 763104351884\nimage x 1 - - x 1 nowhere\n"
            .getBytes(StandardCharsets.UTF_8))));
    assertEquals("framework-images.txt: line not understood: image x 1 - - x 1 nowhere", error.getMessage());
    assertNull(FrameworkImages.read(new ByteArrayInputStream("account dlc us-east-1 763104351884\n"
        .getBytes(StandardCharsets.UTF_8))).find("x", "1", null, null).image());
  }
}
