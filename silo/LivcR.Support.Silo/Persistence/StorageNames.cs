namespace LivcR.Support.Silo.Persistence;

/// <summary>Names of the grain-storage providers.</summary>
public static class StorageNames
{
    /// <summary>The one store for all grain state of the support system.</summary>
    public const string Support = "support";

    /// <summary>Orleans' ADO.NET provider behind <see cref="Support"/> (wrapped by <see cref="NewGrainAwareStorage"/>).</summary>
    public const string SupportTables = "support-tables";
}
