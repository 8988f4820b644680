"""What a person would notice about a screen: clipped text, controls without an accessible name, controls the
keyboard cannot reach. Used by the accessibility, pseudo-locale and scaling tests."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCheckBox, QComboBox, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QTextEdit, QWidget)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def visible(root: QWidget, kinds=(QWidget,)) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()
            and not w.visibleRegion().isEmpty()]


def _describe(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")()
    return f"{type(w).__name__}({w.objectName() or text[:40]!r})"


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they got."""
    out = []
    for w in visible(root, (QLabel, QPushButton, QCheckBox, QRadioButton)):
        if isinstance(w, QLabel):
            if not w.text() or w.wordWrap() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            need = w.minimumSizeHint().width()
            have = w.contentsRect().width()
        else:
            if not w.text():
                continue
            need, have = w.minimumSizeHint().width(), w.width()
        if need > have + 1:
            out.append(f"{_describe(w)}: needs {need}px, has {have}px")
    return out


def unnamed(root: QWidget) -> list[str]:
    """Interactive controls a screen reader would announce without a name."""
    out = []
    for w in visible(root, INTERACTIVE):
        if w.parent() is not None and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue      # the line edit inside a combo box or spin box: the outer control has the name
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Name) if iface else ""
        if not (name or "").strip().strip("&"):
            out.append(_describe(w))
    return out


def unreachable(root: QWidget) -> list[str]:
    """Interactive controls that keyboard focus (Tab) can never reach."""
    out = []
    for w in visible(root, INTERACTIVE):
        if w.isEnabled() and not (w.focusPolicy() & Qt.TabFocus) and w.focusProxy() is None:
            if isinstance(w, QAbstractButton) and not isinstance(w, (QPushButton, QCheckBox, QRadioButton)):
                continue  # tool buttons inside scroll bars, tab bars, headers
            out.append(_describe(w))
    return out
