using System.Reflection;

namespace LivcR.Support.Silo.Persistence;

/// <summary>The SQL scripts shipped with the silo, per provider, in the order they are applied.</summary>
public static class SchemaScripts
{
    /// <summary>The scripts of a provider: (name, text), ordered by name.</summary>
    public static IReadOnlyList<(string Name, string Sql)> For(PersistenceProvider provider)
    {
        var prefix = provider == PersistenceProvider.Sqlite ? "sql/sqlite/" : "sql/postgresql/";
        var assembly = typeof(SchemaScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
