"""webrtcvad comes from the `webrtcvad-wheels` distribution here; the contributed hook asks for `webrtcvad`'s
metadata, which does not exist, and stops the build. webrtcvad.py reads its version from webrtcvad-wheels."""

from PyInstaller.utils.hooks import copy_metadata

datas = copy_metadata("webrtcvad-wheels")
