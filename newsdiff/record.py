"""`@record`: the frozen, slotted, keyword-only dataclasses of the model, made cheaply.

`dataclasses.dataclass` compiles six or seven methods per class with `exec` (about 0.45 ms a class
here; the model's twenty classes cost a tenth of a comparison's start-up). A record compiles only
its `__init__` (a dataclass's signature; it sets the slots directly, faster); equality, hashing, `repr`,
freezing and pickling are closures shared by all records. Type checkers see a dataclass
(`typing.dataclass_transform`), so fields, defaults and keyword-only construction are checked.

What a record does as a dataclass does: `__init__(self, *, field=default, ...)`; `__eq__` compares
the fields of two instances of the same class; frozen records hash their fields and refuse
assignment (`FrozenInstanceError`); mutable ones are unhashable; `__slots__` holds the fields;
`replace(obj, **changes)` copies with changes. The functions of `dataclasses` (`asdict`,
`astuple`, `fields`, `replace`, `is_dataclass`) read a record as a dataclass: its
`__dataclass_fields__` are made when first asked for, so that `dataclasses` is imported only by
whoever calls them. Not supported: inheritance between records, `InitVar`, `ClassVar`, ordering.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

if TYPE_CHECKING:  # typing has it from Python 3.11; only type checkers read it
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[T], T]:
        return lambda decorated: decorated


T = TypeVar("T")

_MISSING: Any = object()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], T]) -> T:
    """A field whose default is made anew for each instance (a list, a dict)."""
    return cast("T", _Factory(default_factory))  # typed as the field's value, as `dataclasses.field` is


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of a record with some fields changed (`dataclasses.replace`)."""
    values = {name: getattr(obj, name) for name in type(obj).__slots__}  # type: ignore[attr-defined]
    values.update(changes)
    made: T = type(obj)(**values)
    return made


class _DataclassFields:
    """A record's `__dataclass_fields__`, as `dataclasses` describes a dataclass's fields, made on
    first use (from the class or an instance) and kept on the class in place of this descriptor."""

    def __init__(self, annotations: dict[str, Any], defaults: dict[str, object]) -> None:
        self.annotations = annotations
        self.defaults = defaults

    def __get__(self, instance: object, owner: type) -> dict[str, Any]:
        import dataclasses

        made: dict[str, Any] = {}
        for name, annotation in self.annotations.items():
            default = self.defaults.get(name, dataclasses.MISSING)
            described = cast(
                "dataclasses.Field[Any]",  # `field` is typed as the value it stands for
                dataclasses.field(default_factory=default.make, kw_only=True)
                if isinstance(default, _Factory)
                else dataclasses.field(default=default, kw_only=True),
            )
            described.name, described.type = name, annotation
            # what `dataclasses.fields` keeps (its other kinds are ClassVar and InitVar pseudo-fields)
            described._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
            made[name] = described
        setattr(owner, "__dataclass_fields__", made)  # noqa: B010 (no attribute of `type` for mypy)
        return made


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _build(cls: type[T], frozen: bool) -> type[T]:
    annotations = inspect.get_annotations(cls)
    names = tuple(annotations)
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    namespace = {
        key: value
        for key, value in cls.__dict__.items()
        if key not in defaults and key not in ("__dict__", "__weakref__")
    }
    get = attrgetter(*names)
    values: Callable[[object], tuple[object, ...]] = get if len(names) > 1 else lambda obj: (get(obj),)

    def __repr__(self: object) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, values(self), strict=True))
        return f"{self.__class__.__qualname__}({shown})"

    def __getstate__(self: object) -> tuple[object, ...]:
        return values(self)

    def __setstate__(self: object, state: tuple[object, ...]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)

    namespace.update(
        __slots__=names,
        __match_args__=(),
        __dataclass_fields__=_DataclassFields(annotations, defaults),
        __repr__=__repr__,
        __getstate__=__getstate__,
        __setstate__=__setstate__,
        __eq__=_on_first_use("__eq__"),
        __hash__=_on_first_use("__hash__") if frozen else None,
    )
    if frozen:
        namespace.update(__setattr__=_frozen_setattr, __delattr__=_frozen_delattr)
    made: type[T] = type(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    source, scope = _init_source(names, defaults)
    # each field is set through its slot's descriptor, which `object.__setattr__` (what frozen
    # dataclasses call) looks up by name every time: 1.0 -> 0.55 us for a record of eight fields
    scope.update({f"_set_{name}": made.__dict__[name].__set__ for name in names})
    made.__init__ = _compiled(cls.__qualname__, (source, scope))["__init__"]  # type: ignore[method-assign]
    return made


def _init_source(names: tuple[str, ...], defaults: dict[str, object]) -> tuple[str, dict[str, object]]:
    """`__init__` with keyword-only parameters, setting each field through its slot (`_set_<name>`,
    bound by the caller once the class exists), and the names its defaults are bound to."""
    scope: dict[str, object] = {"_MISSING": _MISSING}
    params, body = [], []
    for name in names:
        default = defaults.get(name, _MISSING)
        if default is _MISSING:
            params.append(name)
        elif isinstance(default, _Factory):
            scope[f"_make_{name}"] = default.make
            params.append(f"{name}=_MISSING")
            body.append(f" if {name} is _MISSING: {name} = _make_{name}()")
        else:
            scope[f"_default_{name}"] = default
            params.append(f"{name}=_default_{name}")
        body.append(f" _set_{name}(self, {name})")
    return "\n".join([f"def __init__(self, *, {', '.join(params)}):", *body]), scope


def _compiled(qualname: str, made: tuple[str, dict[str, object]]) -> dict[str, Any]:
    """The functions a source defines, named as methods of the class."""
    source, scope = made
    before = {*scope, "__builtins__"}
    exec(source, scope)  # the source holds only field names
    functions: dict[str, Any] = {name: value for name, value in scope.items() if name not in before}
    for name, function in functions.items():
        function.__qualname__ = f"{qualname}.{name}"
    return functions


def _on_first_use(method: str) -> Callable[..., Any]:
    """`__eq__` or `__hash__` compiled when first called: most records are never compared, and
    the compiled methods are as fast as a dataclass's."""

    def first_use(self: object, *args: object) -> Any:
        cls = self.__class__
        fields = ", ".join(f"{{0}}.{name}" for name in cls.__slots__)  # type: ignore[attr-defined]
        source = [
            "def __eq__(self, other):",
            " if other.__class__ is self.__class__:",
            f"  return ({fields.format('self')},) == ({fields.format('other')},)",
            " return NotImplemented",
            "def __hash__(self):",
            f" return hash(({fields.format('self')},))",
        ]
        for name, function in _compiled(cls.__qualname__, ("\n".join(source), {})).items():
            if cls.__dict__[name] is not None:  # a mutable record stays unhashable
                setattr(cls, name, function)
        return getattr(cls, method)(self, *args)

    return first_use


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = True) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = True) -> type[T] | Callable[[type[T]], type[T]]:
    """Make a class a record: `@record` (frozen) or `@record(frozen=False)`."""
    if cls is None:
        return lambda c: _build(c, frozen)
    return _build(cls, frozen)
