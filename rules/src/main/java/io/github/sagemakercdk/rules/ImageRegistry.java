package io.github.sagemakercdk.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The registry AWS publishes an image in: one ECR account per region, as the SageMaker Python SDK lists them.
 *
 * @param id the registry's name in {@code framework-images.txt}: {@code dlc} for the Deep Learning Containers, else
 *     {@code r} and the first 8 hex digits of the SHA-256 of its accounts
 * @param accounts the registry account of each region, sorted by region
 */
public record ImageRegistry(String id, SortedMap<String, String> accounts) {

  public ImageRegistry {
    accounts = Collections.unmodifiableSortedMap(new TreeMap<>(accounts));
  }

  /** The account of {@code region}'s registry; empty where the image is not published. */
  public Optional<String> account(String region) {
    return Optional.ofNullable(accounts.get(region));
  }

  /**
   * The accounts of the regions in {@code partitions} (such as {@code aws}, {@code aws-cn}), sorted by region: what
   * a stack that deploys only there needs. Null {@code partitions}: every region.
   */
  public SortedMap<String, String> inPartitions(Collection<String> partitions) {
    TreeMap<String, String> kept = new TreeMap<>();
    accounts.forEach((region, account) -> {
      if (partitions == null || partitions.contains(Arn.partitionOf(region))) {
        kept.put(region, account);
      }
    });
    return kept;
  }
}
