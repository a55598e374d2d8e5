namespace CalendarGen.Domain.CanChi;

/// <summary>The twelve earthly branches (địa chi), in cycle order; also the twelve double-hours, Tý being 23:00–01:00.</summary>
public enum EarthlyBranch
{
    /// <summary>Tý.</summary>
    Ty,
    /// <summary>Sửu.</summary>
    Suu,
    /// <summary>Dần.</summary>
    Dan,
    /// <summary>Mão.</summary>
    Mao,
    /// <summary>Thìn.</summary>
    Thin,
    /// <summary>Tỵ.</summary>
    Ti,
    /// <summary>Ngọ.</summary>
    Ngo,
    /// <summary>Mùi.</summary>
    Mui,
    /// <summary>Thân.</summary>
    Than,
    /// <summary>Dậu.</summary>
    Dau,
    /// <summary>Tuất.</summary>
    Tuat,
    /// <summary>Hợi.</summary>
    Hoi,
}
