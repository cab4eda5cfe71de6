using System.Reflection;
using System.Reflection.Emit;

namespace Fincomp.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly each namespace uses, read from the compiled code: the types named in signatures
/// (base types, interfaces, fields, properties, parameters, return types, locals, generic arguments) and every type,
/// method or field token in the method bodies' IL. Compiler-generated types (lambdas, iterators) count for the
/// namespace that declares them, so a dependency hidden in a lambda is found too.
/// </summary>
internal static class NamespaceReferences
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Namespace → the other namespaces of <paramref name="assembly"/> it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(Assembly assembly)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (type.Namespace is not { } from)
            {
                continue;
            }

            var used = result.TryGetValue(from, out var set) ? set : result[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var referenced in ReferencedTypes(type))
            {
                foreach (var named in Flatten(referenced))
                {
                    if (named.Assembly == assembly && named.Namespace is { } to && to != from)
                    {
                        used.Add(to);
                    }
                }
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var face in type.GetInterfaces())
        {
            yield return face;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in BodyTypes(method))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var position = 0; position < il.Length;)
        {
            var value = il[position] == 0xFE ? unchecked((short)(0xFE00 | il[position + 1])) : (short)il[position];
            position += il[position] == 0xFE ? 2 : 1;
            var operand = Operands[value];
            if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                switch (member)
                {
                    case Type referenced:
                        yield return referenced;
                        break;
                    case MethodBase called:
                        if (called.DeclaringType is { } owner)
                        {
                            yield return owner;
                        }

                        if (called.IsGenericMethod)
                        {
                            foreach (var argument in called.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }

                        break;
                    case FieldInfo field:
                        if (field.DeclaringType is { } declaring)
                        {
                            yield return declaring;
                        }

                        break;
                }
            }

            position += OperandSize(operand, il, position);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>A type and the types it is built from (element types, generic arguments).</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            return Flatten(element);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return type.GetGenericArguments().SelectMany(Flatten).Prepend(type.GetGenericTypeDefinition());
        }

        return type.IsGenericParameter ? [] : [type];
    }
}
