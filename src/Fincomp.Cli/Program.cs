using Fincomp.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return FincompApp.Run(args, Console.Out, Console.Error);
