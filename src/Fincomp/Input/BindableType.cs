using System.Collections.Concurrent;
using System.Reflection;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>
/// The keys a model record accepts: its public init properties, minus the source-tracking ones of
/// <see cref="ModelNode"/>. Computed properties (no setter) are never keys. Cached: reflection runs once per type.
/// </summary>
internal sealed class BindableType
{
    private static readonly ConcurrentDictionary<Type, BindableType> Cache = new();

    private BindableType(Type type)
    {
        Type = type;
        var nullability = new NullabilityInfoContext();
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType != typeof(ModelNode))
            .OrderBy(p => p.MetadataToken)
            .Select(p => new BindableProperty(p, nullability))
            .ToList();
        ByKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    public IReadOnlyList<BindableProperty> Properties { get; }

    public IReadOnlyDictionary<string, BindableProperty> ByKey { get; }

    public static BindableType For(Type type) => Cache.GetOrAdd(type, t => new BindableType(t));
}
