/**
 * The Amazon SageMaker construct library for the AWS CDK in Java: {@link io.github.sagemakercdk.Model} with
 * its containers' {@link io.github.sagemakercdk.ContainerImage} and {@link io.github.sagemakercdk.ModelData},
 * hosted by an {@link io.github.sagemakercdk.EndpointConfig} and {@link io.github.sagemakercdk.Endpoint} (with
 * auto scaling of instance variants through {@link io.github.sagemakercdk.ScalableInstanceCount}), and
 * {@link io.github.sagemakercdk.SageMakerApp}, the one app for every model stack of a project.
 */
package io.github.sagemakercdk;
