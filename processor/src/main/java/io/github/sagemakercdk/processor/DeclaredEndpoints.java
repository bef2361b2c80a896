package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * The endpoint annotations of one class, as written.
 *
 * @param endpoints each {@code @RealtimeEndpoint}, {@code @Endpoint} and {@code @ServerlessEndpoint}, in source
 *     order (more than one is an error)
 * @param deployments each {@code @BlueGreenDeployment} and {@code @RollingDeployment}, in source order (more than
 *     one is an error)
 * @param unreadable values the compiler could not evaluate (it reports why); the class is not validated
 */
record DeclaredEndpoints(List<EndpointDeclaration> endpoints, List<DeploymentDeclaration> deployments,
    List<Site> unreadable) {
  DeclaredEndpoints {
    endpoints = List.copyOf(endpoints);
    deployments = List.copyOf(deployments);
    unreadable = List.copyOf(unreadable);
  }
}
