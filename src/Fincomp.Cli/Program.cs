using Fincomp.Cli;
using Fincomp.Cli.Relaunch;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var code = FincompApp.Run(args, Console.Out, Console.Error, Console.In, new BatchRelauncher(args));

// A run stopped by a signal exits as the signal says, not with the failure the stop caused in the work it ended.
return Fincomp.IO.ProcessStop.ExitCode ?? code;
