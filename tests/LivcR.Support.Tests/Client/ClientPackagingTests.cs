using System.Xml.Linq;
using LivcR.Support.Client;

namespace LivcR.Support.Tests.Client;

/// <summary>An integration that uses the client must not pull the server (Orleans, GraphQL.NET, the silo) in.</summary>
public sealed class ClientPackagingTests
{
    [Fact]
    public void ClientAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(SupportClient).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", $"The client references {name}."));
    }

    [Fact]
    public void ClientProject_HasNoPackageOrProjectReferences()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot.Path, "client", "LivcR.Support.Client", "LivcR.Support.Client.csproj"));

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include"))
            .ToList();

        Assert.Empty(references);
    }
}
