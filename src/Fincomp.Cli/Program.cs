using Fincomp.Cli;
using Fincomp.Cli.Relaunch;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return FincompApp.Run(args, Console.Out, Console.Error, Console.In, new BatchRelauncher(args));
