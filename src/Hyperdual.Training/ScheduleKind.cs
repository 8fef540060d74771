namespace Hyperdual.Training;

/// <summary>The learning-rate schedules a run can name.</summary>
public enum ScheduleKind
{
    /// <summary>A constant rate.</summary>
    Constant,

    /// <summary>Cosine decay from the base rate to zero over the run's steps.</summary>
    Cosine,
}
