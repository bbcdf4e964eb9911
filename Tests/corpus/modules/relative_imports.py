from _pkg.relative_user import summary
print(summary())
import _pkg.inner.leaf
print(_pkg.inner.leaf.leaf_name, _pkg.inner.deep_value)
