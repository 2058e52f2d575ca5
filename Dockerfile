# syntax=docker/dockerfile:1
# One image, both workers, under /app:
#   /app/inventory-orchestrator   the entrypoint (the CronJob)
#   /app/inventory-runner         what runner Jobs run (RUNNER_COMMAND)
#
#   docker build -t aws-inventory .
#   docker build --build-arg SDK_IMAGE=mirror.example/dotnet/sdk:10.0 \
#                --build-arg RUNTIME_IMAGE=mirror.example/dotnet/runtime-deps:10.0-noble-chiseled .
#
# Self-contained and NOT trimmed: a trimmed publish disables reflection-based System.Text.Json
# (the catalog and the dry-run manifest are read and written that way) and trims the options
# validators' constructors that dependency injection finds by reflection; the trimmed runner
# fails at start (docs/deployment.md, "The image").
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled

FROM --platform=$BUILDPLATFORM ${SDK_IMAGE} AS build
# Set by BuildKit from --platform (amd64, arm64); the SDK cross-publishes for it.
ARG TARGETARCH
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Restore first, from the project files only, so source edits reuse the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Inventory.Aws/Inventory.Aws.csproj src/Inventory.Aws/
COPY src/Inventory.Collection/Inventory.Collection.csproj src/Inventory.Collection/
COPY src/Inventory.Hosting/Inventory.Hosting.csproj src/Inventory.Hosting/
COPY src/Inventory.Kubernetes/Inventory.Kubernetes.csproj src/Inventory.Kubernetes/
COPY src/Inventory.Orchestrator/Inventory.Orchestrator.csproj src/Inventory.Orchestrator/
COPY src/Inventory.Run/Inventory.Run.csproj src/Inventory.Run/
COPY src/Inventory.Runner/Inventory.Runner.csproj src/Inventory.Runner/
RUN dotnet restore src/Inventory.Orchestrator/Inventory.Orchestrator.csproj -a "${TARGETARCH:-amd64}" \
 && dotnet restore src/Inventory.Runner/Inventory.Runner.csproj -a "${TARGETARCH:-amd64}"

COPY src/ src/
# Both workers into one folder: they share the runtime and every library, file for file.
RUN for project in Inventory.Orchestrator Inventory.Runner; do \
      dotnet publish "src/$project/$project.csproj" --no-restore -c Release -a "${TARGETARCH:-amd64}" \
        --self-contained true -p:PublishTrimmed=false -p:DebugType=none -o /app || exit 1; \
    done \
 && test -x /app/inventory-orchestrator && test -x /app/inventory-runner

# Chiseled Ubuntu: libc, OpenSSL, CA certificates and nothing else: no shell, no package manager.
FROM ${RUNTIME_IMAGE} AS final
WORKDIR /app
COPY --from=build --chown=0:0 /app/ /app/
# The UID the runner Jobs and the CronJob run as (runAsUser 65532); it owns nothing in the image.
USER 65532:65532
# The root file system is read-only in the cluster; /tmp is an emptyDir there.
ENV HOME=/tmp \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
ENTRYPOINT ["/app/inventory-orchestrator"]
