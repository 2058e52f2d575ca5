namespace Inventory.Testing; internal static class Placeholder { }
