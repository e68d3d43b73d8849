using Parallax.Cli;

return await ParallaxCli.Build().Parse(args).InvokeAsync();
