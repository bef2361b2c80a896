/** Helpers of the construct library; not part of its API, and free to change. */
package io.github.sagemakercdk.internal;
