# The silo of a cluster deployment. Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t livcr-support-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/LivcR.Support.Silo/LivcR.Support.Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
EXPOSE 11111 30000
ENTRYPOINT ["dotnet", "LivcR.Support.Silo.dll"]
