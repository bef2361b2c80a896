package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.MultiModelRules;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.S3Rules;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads a {@code modelData} reference (an archive, {@code uncompressed:} files, or a multi-model prefix): its syntax,
 * and S3's and SageMaker's rules for it. Assets on disk are
 * checked separately, by {@link Assets}.
 */
final class ModelDataReferences {
  static final String ASSET = "asset:";
  static final String S3 = "s3://";
  static final String UNCOMPRESSED = "uncompressed:";

  private ModelDataReferences() {}

  /**
   * A non-empty reference (an empty one means "no model data" and is not parsed): for a multi-model container an
   * {@code s3://} prefix ending in {@code /}, else an archive.
   */
  static Parsed<ModelDataSource> parse(String reference, boolean multiModel) {
    if (reference.startsWith(UNCOMPRESSED)) {
      return multiModel
          ? Parsed.failed(Rule.MULTI_MODEL_DATA_SOURCE.violation(Location.VALUE, reference).toString())
          : uncompressed(reference.substring(UNCOMPRESSED.length()));
    }
    if (multiModel) {
      return reference.startsWith(S3) && MultiModelRules.isPrefix(reference)
          ? s3(reference, true)
          : Parsed.failed(Rule.MULTI_MODEL_DATA.violation(Location.VALUE, reference).toString());
    }
    // A prefix (a key that ends in /) is not an archive: say what it is for. (An empty key is just missing.)
    if (reference.startsWith(S3) && MultiModelRules.isPrefix(reference) && reference.indexOf('/', S3.length()) + 1
        < reference.length()) {
      return Parsed.failed(MultiModelRules.modelData(0, false, reference, true).orElseThrow().toString());
    }
    return archive(reference);
  }

  /** The reference of a single-model container. */
  static Parsed<ModelDataSource> parse(String reference) {
    return parse(reference, false);
  }

  private static Parsed<ModelDataSource> archive(String reference) {
    if (reference.startsWith(ASSET)) {
      String path = reference.substring(ASSET.length());
      if (path.isEmpty()) {
        return Parsed.failed(Problem.ASSET_PATH_EMPTY.message("modelData", "asset:<file>.tar.gz"));
      }
      return S3Rules.modelArchive(path)
          .<Parsed<ModelDataSource>>map(violation -> Parsed.failed(violation.toString()))
          .orElseGet(() -> Parsed.of(new ModelDataSource.Asset(path)));
    }
    if (reference.startsWith(S3)) {
      return s3(reference, false);
    }
    return Parsed.failed(Problem.MODEL_DATA_REFERENCE.message(reference));
  }

  /** {@code s3://<bucket>/<prefix>/} or {@code s3://<bucket>/<key>}, after {@code uncompressed:}. */
  private static Parsed<ModelDataSource> uncompressed(String url) {
    if (!url.startsWith(S3)) {
      return Parsed.failed(Problem.UNCOMPRESSED_REFERENCE.message(UNCOMPRESSED + url));
    }
    return s3(url, false, ModelDataSource.Uncompressed::new);
  }

  private static Parsed<ModelDataSource> s3(String reference, boolean prefix) {
    return s3(reference, !prefix, ModelDataSource.S3::new);
  }

  /** An {@code s3://} URL: the bucket's name, the key (an archive's when {@code archive}), the URL's form. */
  private static Parsed<ModelDataSource> s3(String url, boolean archive,
      BiFunction<String, String, ModelDataSource> source) {
    String rest = url.substring(S3.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String key = slash < 0 ? "" : rest.substring(slash + 1);
    List<String> errors = new ArrayList<>();
    S3Rules.bucketName(bucket).map(Violation::toString).ifPresent(errors::add);
    // An archive name only means something once there is a key at all.
    S3Rules.objectKey(key)
        .or(() -> archive ? S3Rules.modelArchive(key) : Optional.empty())
        .map(Violation::toString)
        .ifPresent(errors::add);
    if (errors.isEmpty()) {
      S3Rules.modelDataUrl(url).map(Violation::toString).ifPresent(errors::add);
    }
    return Parsed.unless(errors, source.apply(bucket, key));
  }
}
