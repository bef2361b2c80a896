FROM public.ecr.aws/docker/library/busybox:stable
CMD ["sh", "-c", "echo serving from a custom build file"]
