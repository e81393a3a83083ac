using Annals.Cli;

return await AnnalsCommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
