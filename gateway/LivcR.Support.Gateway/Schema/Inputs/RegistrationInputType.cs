using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a participant.</summary>
public sealed class RegistrationInputType : InputObjectGraphType<RegistrationInput>
{
    /// <summary>Creates the type.</summary>
    public RegistrationInputType()
    {
        Name = "TrainingParticipantInput";
        Description = "A colleague of your municipality to register; leave it out to register yourself.";
        Field<NonNullGraphType<StringGraphType>>("email").Description("Email address.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.");
        Field<StringGraphType>("municipalityNisCode").Description("Municipality; may be left out when you work for one municipality only.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new RegistrationInput(
        InputValues.Text(value, "email"), InputValues.Text(value, "name"), InputValues.Text(value, "municipalityNisCode"));
}
