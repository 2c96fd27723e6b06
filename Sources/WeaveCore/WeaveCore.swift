// The compiler library; see the folders Load, Parse, Execute, Render, Site.
