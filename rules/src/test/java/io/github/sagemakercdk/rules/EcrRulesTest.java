package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcrRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"xgboost", "team/churn-model", "a.b_c-d", "ab", "pytorch-inference"})
  void validRepositoryNames(String name) {
    assertTrue(EcrRules.repositoryName(name).isEmpty(), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Upper", "-lead", "trail-", "a//b", "a b", "a..b", "/abs"})
  void invalidRepositoryNames(String name) {
    assertEquals(Rule.ECR_REPOSITORY_NAME, EcrRules.repositoryName(name).orElseThrow().rule(), name);
  }

  @Test
  void repositoryNamesAreAtMost256Characters() {
    assertTrue(EcrRules.repositoryName("a".repeat(256)).isEmpty());
    assertEquals(Rule.ECR_REPOSITORY_NAME, EcrRules.repositoryName("a".repeat(257)).orElseThrow().rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"latest", "1.7-1", "_x", "2.1.0-cpu-py310"})
  void validTags(String tag) {
    assertTrue(EcrRules.tag(tag).isEmpty(), tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".dot", "-dash", "a:b", "a b", "a/b"})
  void invalidTags(String tag) {
    assertEquals(Rule.ECR_TAG, EcrRules.tag(tag).orElseThrow().rule(), tag);
  }

  @Test
  void tagsAreAtMost128Characters() {
    assertTrue(EcrRules.tag("t".repeat(128)).isEmpty());
    assertEquals(Rule.ECR_TAG, EcrRules.tag("t".repeat(129)).orElseThrow().rule());
  }

  @Test
  void digestsAreSha256WithSixtyFourHexDigits() {
    String hex = "0123456789abcdef".repeat(4);
    assertTrue(EcrRules.tagOrDigest("sha256:" + hex).isEmpty());
    assertEquals(Rule.ECR_DIGEST, EcrRules.tagOrDigest("sha256:" + hex.substring(1)).orElseThrow().rule());
    assertEquals(Rule.ECR_DIGEST, EcrRules.tagOrDigest("sha256:" + hex.toUpperCase()).orElseThrow().rule());
    assertTrue(EcrRules.tagOrDigest("1.0").isEmpty());
  }

  @Test
  void imageUrisAreAtMost255CharactersWithoutWhiteSpace() {
    assertTrue(EcrRules.imageUri("123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:tag").isEmpty());
    assertEquals(Rule.IMAGE_URI, EcrRules.imageUri("a".repeat(256)).orElseThrow().rule());
    assertEquals(Rule.IMAGE_URI, EcrRules.imageUri("repo :tag").orElseThrow().rule());
    assertEquals(Rule.IMAGE_URI, EcrRules.imageUri("").orElseThrow().rule());
  }

  @Test
  void registriesAreNamedByTwelveDigitAccountIds() {
    assertTrue(EcrRules.registryId("763104351884").isEmpty());
    for (String id : new String[] {"", "76310435188", "7631043518845", "anyAwsAccount", "76310435188x"}) {
      assertEquals(Rule.ECR_REGISTRY_ID, EcrRules.registryId(id).orElseThrow().rule(), id);
    }
  }
}
