using System.Reflection;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>What the binder needs to know about one settable model property.</summary>
internal sealed class BindableProperty
{
    /// <param name="nullability">
    /// The caller's context: <see cref="NullabilityInfoContext"/> caches without locking, so each type's metadata is
    /// built with its own and parallel first loads cannot corrupt it.
    /// </param>
    public BindableProperty(PropertyInfo info, NullabilityInfoContext nullability)
    {
        Info = info;
        Key = NamingConvention.ToSnakeCase(info.Name);
        IsRequired = info.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
        AllowsNegative = info.GetCustomAttribute<AllowNegativeAttribute>() is not null;
        var underlying = Nullable.GetUnderlyingType(info.PropertyType);
        AcceptsNull = underlying is not null
            || (!info.PropertyType.IsValueType && nullability.Create(info).WriteState == NullabilityState.Nullable);
        ValueType = underlying ?? info.PropertyType;
        Description = info.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description;
    }

    public PropertyInfo Info { get; }

    public string Key { get; }

    public bool IsRequired { get; }

    public bool AllowsNegative { get; }

    public bool AcceptsNull { get; }

    /// <summary>The property type with any Nullable&lt;T&gt; removed.</summary>
    public Type ValueType { get; }

    public string? Description { get; }
}
