namespace OutlookAnywhere.Msi;

/// <summary>
/// Links a storage's children (already in sibling order) into a red-black tree ([MS-CFB] 2.6.4).
/// The tree is built balanced by splitting at the middle, so every level but the deepest is
/// full; colouring the deepest level red (when it is not full) and everything else black gives
/// equal black heights and no red node with a red child.
/// </summary>
internal static class SiblingTree
{
    /// <summary>Sets sibling links and colours; returns the index of the tree root (NOSTREAM if empty).</summary>
    public static uint Build(IReadOnlyList<uint> sortedChildren, List<DirectoryEntryRecord> entries)
    {
        int n = sortedChildren.Count;
        if (n == 0) return SectorMarkers.NoStream;
        int deepest = (int)Math.Floor(Math.Log2(n));
        bool deepestLevelFull = n == (1 << (deepest + 1)) - 1;
        return Link(0, n - 1, 0);

        uint Link(int low, int high, int depth)
        {
            if (low > high) return SectorMarkers.NoStream;
            int middle = (low + high + 1) / 2;
            var entry = entries[(int)sortedChildren[middle]];
            entry.LeftSibling = Link(low, middle - 1, depth + 1);
            entry.RightSibling = Link(middle + 1, high, depth + 1);
            entry.Color = depth == deepest && !deepestLevelFull ? DirectoryEntryRecord.Red : DirectoryEntryRecord.Black;
            return sortedChildren[middle];
        }
    }
}
