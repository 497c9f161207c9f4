namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>
/// A seam for the tests that prove the intake loses and doubles nothing: called with a mail's dedupe key at the moments
/// where a crash hurts most. Does nothing unless a test sets it.
/// </summary>
public sealed class MailIntakeHooks
{
    /// <summary>
    /// Called at each <see cref="MailIntakeStep"/>; an exception here is a crash of the reader at that moment (the mail stays
    /// in the inbox and is read again).
    /// </summary>
    public Func<MailIntakeStep, string, Task>? OnStep { get; set; }

    /// <summary>Runs the hook, if any.</summary>
    public Task StepAsync(MailIntakeStep step, string dedupeKey) => OnStep?.Invoke(step, dedupeKey) ?? Task.CompletedTask;
}
