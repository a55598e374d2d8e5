namespace CalendarGen.Domain.CanChi;

/// <summary>The ten heavenly stems (thiên can), in cycle order.</summary>
public enum HeavenlyStem
{
    /// <summary>Giáp.</summary>
    Giap,
    /// <summary>Ất.</summary>
    At,
    /// <summary>Bính.</summary>
    Binh,
    /// <summary>Đinh.</summary>
    Dinh,
    /// <summary>Mậu.</summary>
    Mau,
    /// <summary>Kỷ.</summary>
    Ky,
    /// <summary>Canh.</summary>
    Canh,
    /// <summary>Tân.</summary>
    Tan,
    /// <summary>Nhâm.</summary>
    Nham,
    /// <summary>Quý.</summary>
    Quy,
}
