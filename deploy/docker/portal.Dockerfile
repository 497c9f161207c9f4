# The web application as a process of its own, in front of a gateway (Portal__GatewayUrl). Build from the repository root:
#   docker build -f deploy/docker/portal.Dockerfile -t livcr-support-portal .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish client/LivcR.Support.Portal/LivcR.Support.Portal.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
EXPOSE 8080
ENTRYPOINT ["dotnet", "LivcR.Support.Portal.dll"]
