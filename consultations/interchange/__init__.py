"""Meeting record files (issue #17): one meeting, with everything under it, as YAML or JSON.

`schema` lists the keys of each record in the documented order; `parsing` reads a file into data
with the line of every key; `reading` checks it and writes it (all or nothing); `writing` gives a
meeting back as a file. The README's "Meeting record files" documents the format.
"""

from .parsing import MeetingFileError
from .reading import import_meeting, read, save
from .writing import export_meeting, meeting_data

__all__ = ["MeetingFileError", "export_meeting", "import_meeting", "meeting_data", "read", "save"]
