using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inventory.Hosting;

/// <summary>
/// Options read by a function (immutable records from the environment's names) and validated
/// when the host starts, so bad settings stop the worker before it does anything.
/// </summary>
public static class ValidatedOptions
{
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, Func<IServiceProvider, TOptions> read)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        services.AddSingleton<IOptionsFactory<TOptions>>(provider => new Factory<TOptions>(() => read(provider), provider.GetServices<IValidateOptions<TOptions>>()));
        services.AddOptions<TOptions>().ValidateOnStart();
        return services;
    }

    private sealed class Factory<TOptions>(Func<TOptions> read, IEnumerable<IValidateOptions<TOptions>> validators) : IOptionsFactory<TOptions>
        where TOptions : class
    {
        public TOptions Create(string name)
        {
            var options = read();
            var failures = validators.Select(v => v.Validate(name, options)).Where(r => r.Failed).SelectMany(r => r.Failures ?? []).ToList();
            return failures.Count == 0 ? options : throw new OptionsValidationException(name, typeof(TOptions), failures);
        }
    }
}
