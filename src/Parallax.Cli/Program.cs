Console.WriteLine("parallax");
