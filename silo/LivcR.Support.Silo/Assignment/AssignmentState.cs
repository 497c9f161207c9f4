using LivcR.Support.Contracts.Assignment;

namespace LivcR.Support.Silo.Assignment;

/// <summary>The stored configuration of the automatic assignment.</summary>
/// <remarks>The type alias and member ids are frozen: add members with new ids, never reuse one.</remarks>
[GenerateSerializer]
[Alias("livcr.assignment-state")]
public sealed class AssignmentState
{
    /// <summary>The mode.</summary>
    [Id(0)]
    public AssignmentMode Mode { get; set; }

    /// <summary>The rules per category.</summary>
    [Id(1)]
    public List<AssignmentRule> Rules { get; set; } = [];

    /// <summary>The absent staff (lower-case addresses).</summary>
    [Id(2)]
    public List<string> Absent { get; set; } = [];

    /// <summary>As callers see it.</summary>
    public AssignmentView ToView() => new(Mode, Rules, Absent);
}
