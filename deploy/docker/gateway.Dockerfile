# The GraphQL gateway of a cluster deployment (an Orleans client). Build from the repository root:
#   docker build -f deploy/docker/gateway.Dockerfile -t livcr-support-gateway .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish gateway/LivcR.Support.Gateway/LivcR.Support.Gateway.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
EXPOSE 8080
ENTRYPOINT ["dotnet", "LivcR.Support.Gateway.dll"]
